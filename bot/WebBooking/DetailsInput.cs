namespace Termine.Bot.WebBooking;

/// <summary>
/// The details form as the resident typed it, every value a string (a date of birth in its three parts), so a wrong
/// value is shown again as typed. Carried from the summary back to the form and to booking in <see cref="DetailsSeal"/>.
/// </summary>
public sealed class DetailsInput
{
    public string? FullName { get; set; }

    public string? BirthDay { get; set; }

    public string? BirthMonth { get; set; }

    public string? BirthYear { get; set; }

    public string? Email { get; set; }

    public string? Phone { get; set; }

    /// <summary>One entry for each person beyond the first.</summary>
    public List<CompanionInput> Companions { get; set; } = [];
}

/// <summary>A further person's name and date of birth as typed.</summary>
public sealed class CompanionInput
{
    public string? FullName { get; set; }

    public string? BirthDay { get; set; }

    public string? BirthMonth { get; set; }

    public string? BirthYear { get; set; }
}
