using Termine.Booking.Appointments;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Residents;

namespace Termine.Booking.Tests.Notifications;

/// <summary>The confirmation of a family booking names every person with the date of birth, in each language.</summary>
public sealed class FamilyConfirmationEmailTests : IClassFixture<TestDatabase>, IAsyncLifetime
{
    private const string ServiceId = "residence-permit-extension";
    private static readonly DateTimeOffset Tuesday8 = new(2026, 12, 1, 8, 0, 0, TimeSpan.FromHours(1));

    private readonly TestDatabase _database;
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");
    private BookingHost _host = null!;

    public FamilyConfirmationEmailTests(TestDatabase database) => _database = database;

    public async Task InitializeAsync() =>
        _host = await BookingHost.StartAsync(_database, new Dictionary<string, string?>
        {
            ["Termine:Mail:PickupDirectory"] = _pickup,
            ["Termine:PublicBaseUrl"] = "https://termine.example.test",
        });

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    [Theory]
    [InlineData("de", "Personen", "Amina Haddad (17.05.1990)", "Omar Haddad (05.05.2012)")]
    [InlineData("en", "People", "Amina Haddad (17/05/1990)", "Omar Haddad (05/05/2012)")]
    [InlineData("fr", "Personnes\u202f", "Amina Haddad (17/05/1990)", "Omar Haddad (05/05/2012)")]
    [InlineData("tr", "Kişiler", "Amina Haddad (17.05.1990)", "Omar Haddad (05.05.2012)")]
    [InlineData("ar", "الأشخاص", "Amina Haddad (17/05/1990)", "Omar Haddad (05/05/2012)")]
    [InlineData("ru", "Записанные лица", "Amina Haddad (17.05.1990)", "Omar Haddad (05.05.2012)")]
    [InlineData("uk", "Записані особи", "Amina Haddad (17.05.1990)", "Omar Haddad (05.05.2012)")]
    public async Task Confirmation_FamilyBooking_ListsEveryPersonOnALineOfTheirOwn(string language, string label, string booker, string child)
    {
        var index = Array.IndexOf(Languages.All.ToArray(), language);
        var start = Tuesday8.AddDays(7 * (index / 4)).AddHours(index % 4);
        var person = People.Resident($"family-{language}@example.org", language) with
        {
            Companions = [new("Omar Haddad", new DateOnly(2012, 5, 5)), new("Lina Haddad", new DateOnly(2015, 9, 30))],
        };
        var booked = await BookAsync(new BookingRequest(ServiceId, start, 3, person));

        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));

        var lines = email.Text.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Contains($"{label}:", lines);
        Assert.Contains($"- {PlainEntry(booker, language)}", lines);
        Assert.Contains($"- {PlainEntry(child, language)}", lines);
        Assert.True(lines.IndexOf($"- {PlainEntry(booker, language)}") < lines.IndexOf($"- {PlainEntry(child, language)}"));
        Assert.Contains(lines, l => l.StartsWith($"- {Bidi.Isolate("Lina Haddad")} (", StringComparison.Ordinal));
        Assert.Contains($"{HtmlEntry(booker, language)}<br>{HtmlEntry(child, language)}<br><bdi>Lina Haddad</bdi> (", email.Html);
    }

    [Fact]
    public async Task Confirmation_CompanionWithMarkupCharacters_IsEscapedInTheHtml()
    {
        var person = People.Resident("family-markup@example.org", "en") with { Companions = [new("Seán O'Brien & Söhne", new DateOnly(2010, 1, 2))] };
        var booked = await BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(1), 2, person));

        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));

        Assert.Contains("<bdi>Seán O&#x27;Brien &amp; Söhne</bdi> (02/01/2010)", email.Html);
        Assert.Contains($"- {Bidi.Isolate("Seán O'Brien & Söhne")} (02/01/2010)", email.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Confirmation_WithoutCompanions_ShowsTheNumberOfPersons()
    {
        var booked = await BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(2), 2, People.Resident("family-count@example.org", "en")));

        var email = await ReceivedEmail.LoadAsync(await DeliveredFileAsync(booked));

        Assert.Contains("Number of people: 2", email.Text);
        Assert.DoesNotContain("People:", email.Text);
    }

    [Fact]
    public async Task Move_NewConfirmation_StillListsEveryPerson()
    {
        var person = People.Resident("family-move@example.org", "fr") with { Companions = [new("Omar Haddad", new DateOnly(2012, 5, 5))] };
        var booked = await BookAsync(new BookingRequest(ServiceId, Tuesday8.AddDays(3), 2, person));
        await _host.Get<OutboxDispatcher>().DispatchDueAsync(default);
        var before = Directory.GetFiles(_pickup, "confirmation.*.eml").ToHashSet();

        var moved = await _host.Get<AppointmentChanges>().RescheduleAsync(
            new AppointmentProof.ReferenceAndEmail(booked.Appointment.Reference, "family-move@example.org"), Tuesday8.AddDays(3).AddHours(2), default);

        Assert.IsType<MoveResult.Moved>(moved);
        await _host.Get<OutboxDispatcher>().DispatchDueAsync(default);
        var file = Assert.Single(Directory.GetFiles(_pickup, "confirmation.*.eml"), f => !before.Contains(f));
        var email = await ReceivedEmail.LoadAsync(file);
        Assert.Contains($"- {Bidi.Isolate("Omar Haddad")} (05/05/2012)", email.Text, StringComparison.Ordinal);
    }

    /// <summary>"Amina Haddad (17/05/1990)" as the plain text writes it: the typed name isolated, in Arabic the date too.</summary>
    private static string PlainEntry(string person, string language)
    {
        var (name, date) = Split(person);
        return $"{Bidi.Isolate(name)} ({Bidi.Ltr(date, language)})";
    }

    /// <summary>The same entry in the HTML: the name a &lt;bdi&gt;, in Arabic the date a left-to-right one.</summary>
    private static string HtmlEntry(string person, string language)
    {
        var (name, date) = Split(person);
        return $"<bdi>{name}</bdi> ({(Languages.IsRightToLeft(language) ? $"<bdi dir=\"ltr\">{date}</bdi>" : date)})";
    }

    private static (string Name, string Date) Split(string person) =>
        (person[..person.IndexOf(" (", StringComparison.Ordinal)], person[(person.IndexOf(" (", StringComparison.Ordinal) + 2)..^1]);

    private async Task<BookingResult.Booked> BookAsync(BookingRequest request) =>
        Assert.IsType<BookingResult.Booked>(await _host.Get<BookingService>().BookAsync(request, "c", null, default));

    /// <summary>Lets the outbox send and returns the file of this booking's confirmation.</summary>
    private async Task<string> DeliveredFileAsync(BookingResult.Booked booked)
    {
        await _host.Get<OutboxDispatcher>().DispatchDueAsync(default);
        foreach (var file in Directory.GetFiles(_pickup, "confirmation.*.eml"))
        {
            if ((await ReceivedEmail.LoadAsync(file)).Text.Contains(booked.Appointment.Reference))
            {
                return file;
            }
        }

        throw new Xunit.Sdk.XunitException($"No confirmation for {booked.Appointment.Reference} in {_pickup}");
    }
}
