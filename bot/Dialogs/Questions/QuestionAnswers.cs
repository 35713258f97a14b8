using System.Globalization;
using Microsoft.Extensions.Options;
using Termine.Booking.Catalog;
using Termine.Booking.Localization;
using Termine.Booking.Notifications;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs.Replies;

namespace Termine.Bot.Dialogs.Questions;

/// <summary>
/// Answers a resident's <see cref="QuestionTopic"/> in their language from the office's data: the service catalog
/// (durations, documents), the current opening hours (an administrator's change counts at once), the e-mail's
/// directions, the office's address and number (<see cref="OfficeDetails"/>), and the next day the booking horizon
/// releases (<see cref="BookingHorizon"/>).
/// </summary>
public sealed class QuestionAnswers(
    ServiceCatalog catalog, IOptions<SchedulingOptions> scheduling, OfficeDetails office, BookingHorizon horizon, OfficeClock clock)
{
    private static readonly DayOfWeek[] MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The way there is the e-mail's: one home for what residents are told about the building.</summary>
    private static readonly ResourceTexts EmailTexts = AppointmentEmailComposer.Texts;

    /// <param name="service">The service being booked, if the resident has chosen one.</param>
    /// <param name="persons">How many persons the appointment is for (1 when not yet known).</param>
    public string Answer(QuestionTopic topic, string language, ServiceDefinition? service, int persons)
    {
        var texts = AnswerTexts.Texts;
        return topic switch
        {
            QuestionTopic.Address => texts.Get("Address", language, string.Join('\n', office.AddressLines(language))),
            QuestionTopic.Directions => texts.Get("Directions", language, EmailTexts["HowToFind", language]),
            QuestionTopic.Parking => texts["Parking", language],
            QuestionTopic.OpeningHours => texts.Get("OpeningHours", language, OpeningHours(language)),
            QuestionTopic.Duration => Duration(language, service, persons),
            QuestionTopic.Documents => Documents(language, service),
            QuestionTopic.Children => texts["Children", language],
            QuestionTopic.Cost => texts["Cost", language],
            QuestionTopic.Accessibility => texts.Get("Accessibility", language, office.Phone(language)),
            QuestionTopic.Interpreter => texts["Interpreter", language],
            QuestionTopic.Release => Release(language, service),
            _ => texts.Get("Contact", language, office.Phone(language)),
        };
    }

    /// <summary>
    /// When new appointments come: every night one more day; with a service, which day comes next and when it opens
    /// (also said before the waiting list is offered, when nothing fits).
    /// </summary>
    public string Release(string language, ServiceDefinition? service)
    {
        if (service is null)
        {
            return AnswerTexts.Texts["Release.NoService", language];
        }

        var release = horizon.NextRelease(service);
        var opens = AppointmentTimes.Time(clock.ToLocal(release.OpensAt), language);
        return AnswerTexts.Texts.Get(
            "Release", language, service.Name[language], AppointmentTimes.Date(release.Date, language), LongDates.Format(release.OpensOn, language), Bidi.Ltr(opens, language));
    }

    private string Duration(string language, ServiceDefinition? service, int persons)
    {
        if (service is null)
        {
            var minutes = catalog.Services.Select(s => s.DurationMinutes).DefaultIfEmpty(0).ToList();
            return AnswerTexts.Texts.Get("Duration.NoService", language, minutes.Min(), minutes.Max());
        }

        var total = (int)service.DurationFor(Math.Max(1, persons)).TotalMinutes;
        return persons > 1
            ? AnswerTexts.Texts.Get("Duration.Persons", language, total, persons)
            : AnswerTexts.Texts.Get("Duration", language, total);
    }

    private static string Documents(string language, ServiceDefinition? service)
    {
        if (service is null)
        {
            return AnswerTexts.Texts["Documents.NoService", language];
        }

        var items = service.Documents.Select(d => AnswerTexts.Texts.Get("Documents.Item", language, d.Name[language], d.Note[language]));
        return AnswerTexts.Texts.Get("Documents", language, service.Name[language], string.Join('\n', items));
    }

    /// <summary>
    /// One line per open weekday, Monday first: "Montag: 08:00–12:00 und 13:00–15:30"; in Arabic each range is kept left
    /// to right, as a dash between two times would otherwise show them the wrong way round ("12:00–08:00").
    /// </summary>
    private string OpeningHours(string language)
    {
        var culture = LanguageCultures.Formatting(language);
        var and = AnswerTexts.Texts["OpeningHours.And", language];
        var hours = scheduling.Value.OpeningHours;
        var lines = MondayFirst
            .Where(day => hours.TryGetValue(day, out var intervals) && intervals.Count > 0)
            .Select(day =>
            {
                var intervals = hours[day].OrderBy(i => i.From)
                    .Select(i => Bidi.Ltr(AnswerTexts.Texts.Get("OpeningHours.Interval", language, Time(i.From), Time(i.To)), language));
                return AnswerTexts.Texts.Get("OpeningHours.Day", language, DayName(day, culture), string.Join(and, intervals));
            });
        return string.Join('\n', lines);
    }

    private static string Time(TimeOnly time) => time.ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string DayName(DayOfWeek day, CultureInfo culture)
    {
        var name = culture.DateTimeFormat.GetDayName(day);
        return name.Length == 0 ? name : char.ToUpper(name[0], culture) + name[1..];
    }
}
