using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Tests.Support;
using Termine.Bot.Dialogs.Booking;
using Termine.Bot.Dialogs.Understanding;
using Termine.Bot.Tests.Support;
using Xunit.Abstractions;

namespace Termine.Bot.Tests.Scratch;

public sealed class ScratchTests(TestDatabase database, ITestOutputHelper output) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task Print()
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?>());
        var reader = factory.Services.GetRequiredService<MessageReader>();
        foreach (var (t, l) in new[] {
            ("Hiçbiri olmuyor, perşembe saat ikiden sonra var mı?", "tr"),
            ("birde gelebilirim", "tr"),
            ("saat ikide", "tr"),
            ("fryday", "en"),
            ("пятнеца", "ru"),
        })
        {
            var r = reader.Read(t, l, BookingField.Slot);
            output.WriteLine($"{t} => services [{string.Join(",", r.Services.Select(s => s.Id))}] certain={r.ServiceCertain} q={r.Question} isq={r.IsQuestion} wish={r.Wish} persons={r.Persons} clock={r.Clock} reaction={r.Reaction}");
        }
    }
}
