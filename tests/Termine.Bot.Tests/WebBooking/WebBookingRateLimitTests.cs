using System.Net;
using Termine.Booking.Tests.Support;
using Termine.Bot.Tests.Support;

namespace Termine.Bot.Tests.WebBooking;

/// <summary>A resident who hits the limit of the booking pages gets a page in their language, not the API's JSON.</summary>
public sealed class WebBookingRateLimitTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task TooManyPageViews_AnswerWithAPageInTheResidentsLanguage()
    {
        await using var factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:RateLimiting:LookupsPerMinute"] = "1" });
        using var client = factory.CreateClient();

        var first = await client.GetAsync("/termin/booked/unknown-token?lang=uk");
        var second = await client.GetAsync("/termin/booked/unknown-token?lang=uk");
        var html = await second.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal("text/html", second.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<html lang=\"uk\" dir=\"ltr\">", html);
        Assert.Contains(Termine.Bot.WebBooking.WebBookingTexts.Texts["Form.TooMany.Title", "uk"], html);
        Assert.Equal("60", second.Headers.RetryAfter!.ToString());
    }
}
