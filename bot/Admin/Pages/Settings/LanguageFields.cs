namespace Termine.Bot.Admin.Pages.Settings;

/// <summary>One text in the seven languages side by side, for the partial <c>_LanguageFields</c>.</summary>
/// <param name="Path">The field path the core names in its problems (<c>documents[1].name</c>).</param>
/// <param name="Name">The form field's name prefix (<c>Input.Documents[1].Name</c>).</param>
public sealed record LanguageFields(
    string Legend, string Path, string Name, IReadOnlyDictionary<string, string?> Values, bool Multiline, FieldErrors Errors, string? Hint = null);
