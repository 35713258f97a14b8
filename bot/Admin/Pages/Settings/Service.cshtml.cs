using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Scheduling;
using Termine.Booking.Settings;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>
/// One service edited in all seven languages side by side (or a new one at <c>/admin/settings/services/new</c>).
/// Saves the whole catalog with the version the form was loaded from, so a concurrent change is not overwritten.
/// </summary>
public sealed class ServiceModel(CatalogEditor editor, IOptions<SchedulingOptions> scheduling, StaffActionLog log) : PageModel
{
    public const string NewId = "new";

    [BindProperty]
    public ServiceForm Input { get; set; } = new();

    [BindProperty]
    public long Version { get; set; }

    public bool IsNew { get; private set; }

    public FieldErrors Errors { get; } = new();

    public string? Notice { get; private set; }

    public IReadOnlyList<string> Teams => [.. scheduling.Value.Desks.Keys.Order()];

    public int SlotUnitMinutes => (int)scheduling.Value.SlotUnit.TotalMinutes;

    public IActionResult OnGet(string id, bool saved)
    {
        var (catalog, version) = editor.Current();
        Version = version;
        IsNew = id == NewId;
        if (IsNew)
        {
            Input = new ServiceForm { Team = Teams.FirstOrDefault(), Documents = [new()] };
            return Page();
        }

        var entry = catalog.Services!.FirstOrDefault(s => s.Id == id);
        if (entry is null)
        {
            return NotFound();
        }

        Input = ServiceForm.From(entry);
        Notice = saved ? "Gespeichert. Der Chat und die E-Mails verwenden die Änderung ab sofort." : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken cancellationToken)
    {
        IsNew = id == NewId;
        var (catalog, _) = editor.Current();
        var services = catalog.Services!;
        var index = IsNew ? services.Count : services.FindIndex(s => s.Id == id);
        if (index < 0)
        {
            return NotFound();
        }

        var entry = Input.ToEntry();
        if (IsNew && string.Equals(entry.Id, NewId, StringComparison.Ordinal))
        {
            Errors.Add("id", "Kennung: „new“ ist für diese Seite reserviert.");
            return Page();
        }

        if (IsNew)
        {
            services.Add(entry);
        }
        else
        {
            // The id names the service in stored appointments; it is fixed once the service exists.
            services[index] = entry with { Id = id };
        }

        var result = await editor.SaveAsync(catalog, Version, User.UserName(), cancellationToken);
        if (result is SettingsSaveResult.Saved)
        {
            var serviceId = IsNew ? entry.Id! : id;
            await log.RecordAsync(User, "catalog.changed", serviceId, IsNew ? "angelegt" : "geändert", cancellationToken);
            return Redirect($"/admin/settings/services/{serviceId}?saved=true");
        }

        Show(result, $"services[{index}].");
        return Page();
    }

    public IActionResult OnPostAddDocument(string id)
    {
        IsNew = id == NewId;
        Input.Documents.Add(new ServiceForm.DocumentForm());
        return Page();
    }

    public async Task<IActionResult> OnPostRemoveAsync(string id, CancellationToken cancellationToken)
    {
        var (catalog, _) = editor.Current();
        if (catalog.Services!.RemoveAll(s => s.Id == id) == 0)
        {
            return NotFound();
        }

        var result = await editor.SaveAsync(catalog, Version, User.UserName(), cancellationToken);
        if (result is SettingsSaveResult.Saved)
        {
            await log.RecordAsync(User, "catalog.changed", id, "entfernt", cancellationToken);
            return Redirect($"/admin/settings/services?removed={Uri.EscapeDataString(id)}");
        }

        Show(result, prefix: null);
        return Page();
    }

    private void Show(SettingsSaveResult result, string? prefix)
    {
        if (result is SettingsSaveResult.Invalid invalid)
        {
            Errors.AddAll(invalid.Problems, prefix, Label);
        }
        else
        {
            Errors.Add("version", "Inzwischen hat jemand anderes die Dienstleistungen geändert. Nichts wurde gespeichert: "
                + "Bitte laden Sie die Seite neu und tragen Sie Ihre Änderung dann noch einmal ein.");
        }
    }

    /// <summary>The German label of a field path, as the summary names it.</summary>
    public static string Label(string path) => path.Split('.') switch
    {
        ["id"] => "Kennung",
        ["team"] => "Team",
        ["durationMinutes"] => "Dauer",
        ["minutesPerAdditionalPerson"] => "Zusätzliche Minuten je weitere Person",
        ["maxDaysAhead"] => "Buchbar im Voraus (Tage)",
        ["minNoticeHours"] => "Mindestvorlauf (Stunden)",
        ["name"] => "Name",
        ["description"] => "Erklärung",
        ["keywords"] => "Suchwörter",
        ["documents"] => "Unterlagen",
        [var document, "name"] when document.StartsWith("documents[", StringComparison.Ordinal) => $"Unterlage {DocumentNumber(document)}, Bezeichnung",
        [var document, "note"] when document.StartsWith("documents[", StringComparison.Ordinal) => $"Unterlage {DocumentNumber(document)}, Hinweis",
        ["removed", var service] => $"Dienst „{service}“",
        _ => path,
    };

    private static int DocumentNumber(string segment) => int.Parse(segment["documents[".Length..^1], System.Globalization.CultureInfo.InvariantCulture) + 1;
}
