using System.Net.Mail;
using Termine.Booking.Appointments;
using Termine.Bot.Dialogs.Booking;

namespace Termine.Bot.Dialogs.Understanding;

public sealed record EmailReading(string Address, bool WasDictated);

public static class EmailReader
{
    public static bool TryRead(string text, out EmailReading reading)
    {
        var candidates = text.Split([' ', ',', ';', '<', '>', '(', ')', '"'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Contains('@')).Select(w => w.TrimEnd('.', '!', '?', ':')).ToList();
        reading = candidates is [var address] && BookingValidator.IsValidEmail(address) && MailAddress.TryCreate(address, out _)
            ? new EmailReading(address.ToLowerInvariant(), false)
            : null!;
        return reading is not null;
    }
}

public static class PhoneReader
{
    public static bool TryRead(string text, out string phone)
    {
        phone = text.Trim();
        return BookingValidator.IsValidPhone(phone);
    }

    public static bool IsNone(string text, string language)
    {
        var normalized = Services.TextNormalizer.Normalize(text);
        return normalized.Length == 0 || text.Trim() == "-"
            || DialogTexts.Keywords("Keywords.Skip", language).Concat([DialogTexts.Texts["Phone.None", language]])
                .Any(k => Services.TextNormalizer.Normalize(k) == normalized);
    }
}

public static class NameReader
{
    public static bool TryRead(string text, string language, out string fullName)
    {
        fullName = text.Trim().TrimEnd('.', '!');
        return fullName.Length is > 2 and <= 100 && !fullName.Any(char.IsDigit) && !fullName.Contains('@') && !LooksLikeQuestion(text, language);
    }

    public static bool LooksLikeQuestion(string text, string language) => text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith('؟');
}

public sealed record BirthDateReading(DateOnly Date, bool WasAmbiguous);

public static class BirthDateReader
{
    public static bool TryRead(string text, string language, DateOnly today, out BirthDateReading reading)
    {
        reading = BirthDateParser.Parse(text) is { } date && date < today ? new BirthDateReading(date, false) : null!;
        return reading is not null;
    }
}

public static class PersonLineReader
{
    public static bool TryRead(string text, string language, DateOnly today, out string fullName, out DateOnly? birthDate)
    {
        var parts = text.Split(',', 2, StringSplitOptions.TrimEntries);
        fullName = parts[0];
        birthDate = parts.Length == 2 && BirthDateReader.TryRead(parts[1], language, today, out var r) ? r.Date : null;
        return fullName.Length > 2 && birthDate is not null;
    }
}

public static class PersonCountFinder
{
    public static bool TryFind(string text, string language, out int persons)
    {
        persons = 0;
        return false;
    }
}
