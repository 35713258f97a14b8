using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Waitlist;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Prerequisites;
using Termine.Testing.Waiting;

namespace Termine.Browser.Tests;

/// <summary>A resident on the waiting list opens the offer e-mail's link on a phone and accepts; another leaves the list.</summary>
public sealed partial class WaitlistPagesBrowserTests(BrowserFixture browser, TestDatabase database)
    : IClassFixture<BrowserFixture>, IClassFixture<TestDatabase>
{
    private const string ServiceId = "residence-permit-extension";

    [NeedsFact(Need.Chromium)]
    public async Task OfferPage_InArabic_IsRightToLeftAccessible_AndAcceptBooks()
    {
        await using var termine = LiveTermine.Start(database);
        var day = new DateOnly(2026, 12, 2);
        var eight = new DateTimeOffset(2026, 12, 2, 8, 0, 0, TimeSpan.FromHours(1));
        var first = await FillAsync(termine, eight);
        var joined = await termine.Services.GetRequiredService<WaitlistEntries>().JoinAsync(new JoinRequest(
            ServiceId, 1, new PersonalData("Amina Haddad", new DateOnly(1990, 5, 17), "offer.browser@example.org", null, "ar"),
            day, day, null, new TimeOnly(8, 0), new TimeOnly(8, 30), null), default);
        Assert.IsType<JoinResult.Joined>(joined);
        // The cancellation wakes the host's waiting-list worker, which makes the offer.
        await termine.Services.GetRequiredService<AppointmentChanges>().CancelAsync(first, default);
        var token = await OfferTokenAsync(termine);
        var page = await browser.PhoneAsync("ar");

        await page.GotoAsync($"{termine.BaseUrl}/offer/{token}");
        Assert.Equal("rtl", await page.Locator("html").GetAttributeAsync("dir"));
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("offer-ar.png"), FullPage = true });
        Assert.Empty(await Axe.RunAsync(page));
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the offer page is {overflow} px wider than the screen");
        await page.GetByRole(AriaRole.Button, new() { Name = "قبول الموعد" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("تم حجز موعدكم");
        await page.ScreenshotAsync(new() { Path = BrowserFixture.Shot("offer-ar-accepted.png"), FullPage = true });
        Assert.Empty(await Axe.RunAsync(page));
    }

    [NeedsFact(Need.Chromium)]
    public async Task LeavePage_OpeningChangesNothing_TheButtonLeaves()
    {
        await using var termine = LiveTermine.Start(database);
        var saturday = new DateOnly(2026, 12, 5);
        var joined = Assert.IsType<JoinResult.Joined>(await termine.Services.GetRequiredService<WaitlistEntries>().JoinAsync(new JoinRequest(
            ServiceId, 1, new PersonalData("Jonas Weber", new DateOnly(1985, 3, 2), "leave.browser@example.org", null, "en"),
            saturday, saturday, null, null, null, null), default));
        await termine.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
        var mail = await ReceivedEmail.LoadAsync(Directory.GetFiles(termine.Pickup, "waitlistjoined.*.eml").Single());
        var page = await browser.PhoneAsync("en-GB");

        await page.GotoAsync(LeaveLink().Match(mail.Text).Value);
        await page.ReloadAsync();
        Assert.Empty(await Axe.RunAsync(page));
        await page.GetByRole(AriaRole.Button, new() { Name = "Leave the waiting list" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("You have left the waiting list.");
        Assert.False(await termine.Services.GetRequiredService<WaitlistEntries>().LeaveAsync(joined.Reference, "leave.browser@example.org", default));
    }

    /// <summary>Books every desk at 08:00 on that day; returns the proof of the first booking.</summary>
    private static async Task<AppointmentProof> FillAsync(LiveTermine termine, DateTimeOffset start)
    {
        var bookings = termine.Services.GetRequiredService<BookingService>();
        AppointmentProof? first = null;
        for (var i = 0; ; i++)
        {
            var email = $"full{i}.browser@example.org";
            var result = await bookings.BookAsync(new BookingRequest(ServiceId, start, 1, new PersonalData("Yusuf Demir", new DateOnly(1985, 1, 20), email, null, "de")), $"c{i}", null, default);
            if (result is not BookingResult.Booked booked)
            {
                return first!;
            }

            first ??= new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, email);
        }
    }

    /// <summary>Waits for the worker's offer and sends it; a wait for the e-mail, not a measure of how long it takes.</summary>
    private static async Task<string> OfferTokenAsync(LiveTermine termine)
    {
        var file = await Eventually.GetAsync(
            async () =>
            {
                await termine.Services.GetRequiredService<OutboxDispatcher>().DispatchDueAsync(default);
                return Directory.Exists(termine.Pickup) && Directory.GetFiles(termine.Pickup, "waitlistoffer.*.eml") is [var sent] ? sent : null;
            },
            sent => sent is not null,
            because: "the offer e-mail after the cancellation");
        return OfferLink().Match((await ReceivedEmail.LoadAsync(file!)).Text).Groups[1].Value;
    }

    [GeneratedRegex(@"/offer/([A-Za-z0-9_-]+)")]
    private static partial Regex OfferLink();

    [GeneratedRegex(@"http://[^\s]+/waiting-list/[A-Za-z0-9_-]+")]
    private static partial Regex LeaveLink();
}
