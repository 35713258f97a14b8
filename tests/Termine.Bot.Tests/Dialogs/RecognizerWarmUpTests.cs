using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Recognizers.Text.DateTime;
using Termine.Booking.Scheduling;
using Termine.Bot.Dialogs;
using Termine.Bot.Dialogs.Services;
using Termine.Bot.Dialogs.Understanding;
using Termine.Testing.Databases;
using Termine.Testing.Hosts;

namespace Termine.Bot.Tests.Dialogs;

/// <summary>The warm-up takes seconds of CPU, so it must wait until the host listens and leave the start alone.</summary>
public sealed class RecognizerWarmUpTests(TestDatabase database) : IClassFixture<TestDatabase>
{
    [Fact]
    public async Task WarmsNothingBeforeTheHostHasStarted_AndEveryRecognizerCultureAfterIt()
    {
        await using var factory = new TermineFactory(database);
        var cultures = new List<string>();
        var parser = new DateWishParser((text, culture, reference) =>
        {
            lock (cultures)
            {
                cultures.Add(culture);
            }

            return DateTimeRecognizer.RecognizeDateTime(text, culture, DateTimeOptions.None, reference, fallbackToDefaultCulture: false);
        });
        var reader = new MessageReader(parser, factory.Services.GetRequiredService<ServiceMatcher>(), factory.Services.GetRequiredService<OfficeClock>());
        using var started = new CancellationTokenSource();
        using var warmUp = new RecognizerWarmUp(parser, reader, new Lifetime(started.Token), NullLogger<RecognizerWarmUp>.Instance);

        await warmUp.StartAsync(CancellationToken.None);

        Assert.False(warmUp.ExecuteTask!.IsCompleted);
        lock (cultures)
        {
            Assert.Empty(cultures);
        }

        await started.CancelAsync();
        await warmUp.ExecuteTask;

        Assert.Equal(["de-DE", "en-us", "fr-FR", "tr-TR"], cultures.Distinct(StringComparer.OrdinalIgnoreCase), StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task AHostStoppedBeforeItListened_EndsTheWarmUpWithoutWarming()
    {
        var calls = 0;
        var parser = new DateWishParser((_, _, _) =>
        {
            Interlocked.Increment(ref calls);
            return [];
        });
        await using var factory = new TermineFactory(database);
        var reader = new MessageReader(parser, factory.Services.GetRequiredService<ServiceMatcher>(), factory.Services.GetRequiredService<OfficeClock>());
        using var warmUp = new RecognizerWarmUp(parser, reader, new Lifetime(CancellationToken.None), NullLogger<RecognizerWarmUp>.Instance);

        await warmUp.StartAsync(CancellationToken.None);
        await warmUp.StopAsync(CancellationToken.None);

        // Ended, not failed: cancelled when the stop came before it even began to wait, else returned.
        Assert.True(warmUp.ExecuteTask!.IsCompleted);
        Assert.False(warmUp.ExecuteTask.IsFaulted);
        Assert.Equal(0, calls);
    }

    /// <summary>A host whose start the test announces by cancelling <paramref name="started"/>.</summary>
    private sealed class Lifetime(CancellationToken started) : IHostApplicationLifetime
    {
        public CancellationToken ApplicationStarted => started;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication()
        {
        }
    }
}
