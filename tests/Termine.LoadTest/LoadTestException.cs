namespace Termine.LoadTest;

/// <summary>A conversation that could not go on; <see cref="Kind"/> is what the report counts errors by.</summary>
public sealed class LoadTestException(string kind, string detail) : Exception($"{kind}: {detail}")
{
    public string Kind { get; } = kind;
}
