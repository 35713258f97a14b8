namespace Termine.Testing.Waiting;

/// <summary>
/// The one way a test waits for something that happens after the call that caused it (a background worker, the SDK's
/// transcript writer, a process starting): it reads again until the condition holds. The deadline is generous and
/// only ends a wait that would never end; it is no assertion about speed, so a slow machine passes.
/// </summary>
public static class Eventually
{
    /// <summary>How long a wait may last before the test fails with what it waited for.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    private static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    /// <summary>Waits until <paramref name="condition"/> holds; fails naming <paramref name="because"/> if it never does.</summary>
    public static Task TrueAsync(Func<bool> condition, string because, TimeSpan? deadline = null, Func<string>? context = null) =>
        TrueAsync(() => Task.FromResult(condition()), because, deadline, context);

    /// <inheritdoc cref="TrueAsync(Func{bool}, string, TimeSpan?, Func{string}?)"/>
    public static async Task TrueAsync(Func<Task<bool>> condition, string because, TimeSpan? deadline = null, Func<string>? context = null) =>
        await GetAsync(condition, ready => ready, because, deadline, context);

    /// <summary>
    /// Reads with <paramref name="read"/> until <paramref name="ready"/> accepts what it read, and returns that; fails
    /// naming <paramref name="because"/> and the last thing read if it never does, with what <paramref name="context"/> adds
    /// (a process's log, say).
    /// </summary>
    public static async Task<T> GetAsync<T>(
        Func<Task<T>> read, Func<T, bool> ready, string because, TimeSpan? deadline = null, Func<string>? context = null)
    {
        var limit = deadline ?? Deadline;
        var started = TimeProvider.System.GetTimestamp();
        while (true)
        {
            var value = await read();
            if (ready(value))
            {
                return value;
            }

            if (TimeProvider.System.GetElapsedTime(started) > limit)
            {
                Assert.Fail($"Waited {limit.TotalSeconds:0} s for {because}, in vain; the last read gave: {value?.ToString() ?? "null"}.{Environment.NewLine}{context?.Invoke()}");
            }

            await Task.Delay(Pause);
        }
    }
}
