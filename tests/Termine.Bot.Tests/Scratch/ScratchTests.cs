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
            ("Oturma iznimi uzatmak istiyorum, çarşamba öğleden sonra uygun musunuz?", "tr"),
            ("Hello, I need an appointment for permanent EU residence.", "en"),
            ("hi i need a certficate for my employer about my residance status", "en"),
            ("Salut! Je cherche un emploi ici, j'aimerais la carte d'opportunité.", "fr"),
            ("Do you have anything late on a Thursday then?", "en"),
        })
        {
            var r = reader.Read(t, l, null);
            output.WriteLine($"{t} => services [{string.Join(",", r.Services.Select(s => s.Id))}] certain={r.ServiceCertain} q={r.Question} isq={r.IsQuestion} wish={r.Wish} persons={r.Persons}");
        }
    }
}
