namespace Termine.Bot.State;

/// <summary>One item of bot state (a conversation's or a user's), as <see cref="EfStorage"/> keeps it.</summary>
public sealed class BotStateItem
{
    /// <summary>The storage key, hashed when longer than the column (see <see cref="StorageKeys"/>).</summary>
    public required string Key { get; set; }

    /// <summary>The item serialized with its type names, so it reads back as the type that was written.</summary>
    public required string Json { get; set; }

    /// <summary>Changes on every write; a writer holding an older one has lost the race.</summary>
    public required string ETag { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }
}
