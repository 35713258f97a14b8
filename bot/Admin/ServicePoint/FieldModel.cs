namespace Termine.Bot.Admin.ServicePoint;

/// <summary>One labelled input of the booking form with its error; <see cref="Key"/> is the core's field name.</summary>
public sealed record FieldModel(string Key, string Name, string Label, string? Value, string Type, string? Error, string AutoComplete);
