using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Termine.Booking.Appointments;
using Termine.Booking.Notifications;
using Termine.Booking.Persistence;
using Termine.Booking.Persistence.Writes;
using Termine.Bot.Admin.Access;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;
using Termine.Testing.Mail;
using Termine.Testing.Staff;

namespace Termine.Bot.Tests.Admin.ServicePoint;

/// <summary>The host with a pickup folder, a signed-in member of staff, and the ways the tests book and read mail.</summary>
public abstract partial class ServicePointTestHost(TestDatabase database) : IAsyncLifetime
{
    protected const string ServiceId = "residence-permit-extension";
    private readonly string _pickup = Path.Combine(Path.GetTempPath(), $"termine-pickup-{Guid.NewGuid():N}");

    protected TermineFactory Factory { get; private set; } = null!;

    protected StaffSession Staff { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Factory = new TermineFactory(database, new Dictionary<string, string?> { ["Termine:Mail:PickupDirectory"] = _pickup });
        Staff = await StaffSession.SignInAsync(Factory, "schalter", StaffRole.Staff);
    }

    public async Task DisposeAsync()
    {
        Staff.Dispose();
        await Factory.DisposeAsync();
        if (Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }
    }

    protected T Get<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    /// <summary>Books as a resident does, through the REST API.</summary>
    protected async Task<(string Reference, Guid Id, DateTimeOffset Start)> BookThroughApiAsync(
        string day, string fullName, string email, string language)
    {
        using var client = StaffSession.CreateClient(Factory);
        var slots = await client.GetFromJsonAsync<JsonElement>($"/api/services/{ServiceId}/slots?from={day}&to={day}&limit=1");
        var start = slots[0].GetProperty("start").GetString()!;
        var response = await client.PostAsJsonAsync("/api/appointments", new
        {
            serviceId = ServiceId, start, fullName, birthDate = "1979-09-30", email, persons = 1, language,
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var reference = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("reference").GetString()!;
        var booked = await Get<AppointmentChanges>().FindAsync(new AppointmentProof.ReferenceAndEmail(reference, email), default);
        return (reference, booked!.Id, DateTimeOffset.Parse(start, CultureInfo.InvariantCulture));
    }

    /// <summary>Sends what is due and returns the e-mails of one kind about one reference.</summary>
    protected async Task<IReadOnlyList<ReceivedEmail>> MailsAsync(string kind, string reference)
    {
        await Get<OutboxDispatcher>().DispatchDueAsync(default);
        if (!Directory.Exists(_pickup))
        {
            return [];
        }

        var mails = new List<ReceivedEmail>();
        foreach (var file in Directory.GetFiles(_pickup, $"{kind}.*.eml"))
        {
            var mail = await ReceivedEmail.LoadAsync(file);
            if (mail.Message.Subject?.Contains(reference, StringComparison.Ordinal) == true)
            {
                mails.Add(mail);
            }
        }

        return mails;
    }

    /// <summary>Reads or writes as a unit of work, as the host writes.</summary>
    protected Task<T> InDatabaseAsync<T>(Func<BookingDbContext, Task<T>> action) =>
        Get<DatabaseWrites<BookingDbContext>>().RunAsync((db, _) => action(db), CancellationToken.None);

    /// <summary>The start values of the radio buttons of free slots on a staff page.</summary>
    protected static List<string> SlotValues(string html, string name) =>
        SlotValue().Matches(html).Where(m => m.Groups[1].Value == name).Select(m => WebUtility.HtmlDecode(m.Groups[2].Value)).ToList();

    [GeneratedRegex("type=\"radio\" name=\"(\\w+)\" value=\"([^\"]+)\"")]
    private static partial Regex SlotValue();
}
