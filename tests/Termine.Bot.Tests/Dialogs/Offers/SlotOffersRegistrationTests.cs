using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Dialogs.Booking.Offers;
using Termine.Bot.Dialogs.Understanding;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs.Offers;

public sealed class SlotOffersRegistrationTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TheHost_ProvidesOneSlotOffers_ThatAnswersAWish()
    {
        await using var factory = new TermineFactory(database);

        var offers = factory.Services.GetRequiredService<SlotOffers>();
        var saturday = new DateOnly(2026, 12, 12);
        var offer = await offers.FindAsync("residence-permit-extension", 1, new DateWish(saturday, saturday, null, null, null, false), 5, default);

        Assert.Same(offers, factory.Services.GetRequiredService<SlotOffers>());
        Assert.IsType<WishObstacle.ClosedWeekday>(Assert.IsType<SlotOffer.Alternatives>(offer).Why);
    }
}
