using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using Microsoft.Bot.Builder;
using Termine.Bot.Dialogs;

namespace Termine.Benchmarks;

/// <summary>
/// Issue 5: one warm turn of a resident's booking conversation (en-GB) through the SDK's turn pipeline with the
/// host's real services, on a copy of the booking-core benchmarks' database (50,000 appointments, doubled desks).
/// The conversation is brought to the date question ("When would you like to come?") in the set-up; each measured
/// turn starts there:
/// <list type="bullet">
/// <item>"help": the help interruption answers and asks the date again; the dialog state does not change, so the
/// SDK's ConversationState reads the state but writes nothing;</item>
/// <item>"I don't know yet": the date prompt does not understand it (the recognizer runs) and asks again; the
/// prompt's attempt count changes, so the state is read and written;</item>
/// <item>"next Tuesday morning": understood, the free slots of that morning searched in the booking database, up to
/// five offered; state read and written. Before each of these turns (outside the measurement) "Another day" goes back
/// to the date question.</item>
/// </list>
/// <see cref="StateStore.Sqlite"/> keeps the state and transcripts in the database as production does;
/// <see cref="StateStore.Memory"/> replaces them by the SDK's in-memory stores, which takes the database round-trip
/// out of every turn, except the slot search's queries in the third one (the booking core has no in-memory mode).
/// The transcript is written by the SDK after the turn without being awaited; the benchmark waits for it between
/// turns (outside the measurement) and reports how long it took.
/// </summary>
[Config(typeof(WarmTurnConfig))]
[MemoryDiagnoser]
public class WarmTurnBenchmarks
{
    public const string Help = "help";
    public const string NotADate = "I don't know yet";
    public const string DateWish = "next Tuesday morning";

    private static readonly TimeSpan TranscriptTimeout = TimeSpan.FromSeconds(10);

    private BotHost? _host;
    private BenchmarkConversation _conversation = null!;
    private string? _databaseFile;
    private string? _pickup;
    private string _anotherDay = null!;
    private long _transcriptExpected;
    private readonly List<double> _transcriptWaits = [];

    [Params(StateStore.Sqlite, StateStore.Memory)]
    public StateStore State { get; set; }

    [GlobalSetup]
    public void SetUp() => SetUpAsync().GetAwaiter().GetResult();

    private async Task SetUpAsync()
    {
        Console.WriteLine(BenchmarkDatabase.OwnsFolder
            ? "// no template from the host process: seeding one for this process"
            : $"// template from the host process in {BenchmarkDatabase.Folder}");
        Console.WriteLine($"// database: {await BenchmarkDatabase.EnsureTemplateAsync()}");
        _databaseFile = await BenchmarkDatabase.CopyOfTemplateAsync($"turn-{State}".ToLowerInvariant());
        _pickup = Path.Combine(BenchmarkDatabase.Folder, $"pickup-{Environment.ProcessId}");
        _host = await BotHost.StartAsync(_databaseFile, _pickup, State);
        Console.WriteLine($"// state: {_host.Services.GetService(typeof(IStorage))!.GetType().Name}, transcripts: {_host.Transcripts.GetType().Name}");

        _conversation = new BenchmarkConversation(_host.Services, $"benchmark-{State}-{Environment.ProcessId}", "en-GB");
        _anotherDay = DialogTexts.Texts["Slots.Other", "en"];
        await ExpectAsync("Hello", "service");
        await ExpectAsync("my residence permit expires soon", "persons");
        await ExpectAsync("1", "date");
        var help = await ExpectAsync(Help, "date");
        var reAsk = await ExpectAsync(NotADate, "date");
        var offer = await ExpectAsync(DateWish, "slot");
        Console.WriteLine($"// '{Help}' -> {help.Count} replies; '{NotADate}' -> {reAsk.Count} replies; '{DateWish}' -> {offer.Count} replies, {_conversation.OfferedSlots} slots offered: {offer[^1].Text.ReplaceLineEndings(" ")}");
        await ExpectAsync(_anotherDay, "date");
    }

    /// <summary>Back at the date question before each date-wish turn (not measured).</summary>
    [IterationSetup(Target = nameof(DateWishToSlotOffer))]
    public void BackToTheDateQuestion()
    {
        if (_conversation.Expecting == "slot")
        {
            ExpectAsync(_anotherDay, "date").GetAwaiter().GetResult();
        }
    }

    [Benchmark(Description = "'help' at the date question")]
    public Task HelpAtDatePrompt() => _conversation.SendAsync(Help);

    [Benchmark(Description = "not a date -> asked again")]
    public Task ReAskAtDatePrompt() => _conversation.SendAsync(NotADate);

    [Benchmark(Description = "date wish -> slots offered")]
    public Task DateWishToSlotOffer() => _conversation.SendAsync(DateWish);

    /// <summary>Collects the turn's replies, checks where the conversation stands, waits for the transcript.</summary>
    [IterationCleanup]
    public void AfterTurn()
    {
        var replies = _conversation.TakeReplies();
        var expected = _conversation.Expecting;
        if (replies.Count == 0 || expected is not ("date" or "slot"))
        {
            throw new InvalidOperationException(
                $"The turn ended with {replies.Count} replies, expecting '{expected}': {string.Join(" | ", replies.Select(r => r.Text))}");
        }

        WaitForTranscript(_conversation.SentActivities);
    }

    [GlobalCleanup]
    public void CleanUp()
    {
        if (_transcriptWaits.Count > 0)
        {
            var sorted = _transcriptWaits.Order().ToList();
            Console.WriteLine($"// transcript still being written when the turn had ended (waited, not measured): median {sorted[sorted.Count / 2]:F2} ms, "
                + $"P95 {sorted[(int)(sorted.Count * 0.95)]:F2} ms, max {sorted[^1]:F2} ms over {sorted.Count} turns");
        }

        _host?.DisposeAsync().AsTask().GetAwaiter().GetResult();
        if (_databaseFile is not null)
        {
            BenchmarkDatabase.Delete(_databaseFile);
        }

        if (_pickup is not null && Directory.Exists(_pickup))
        {
            Directory.Delete(_pickup, recursive: true);
        }

        BenchmarkDatabase.RemoveFolder();
    }

    private async Task<IReadOnlyList<Microsoft.Bot.Schema.IMessageActivity>> ExpectAsync(string text, string expecting)
    {
        var replies = await _conversation.SayAsync(text);
        if (_conversation.Expecting != expecting)
        {
            throw new InvalidOperationException(
                $"'{text}' was answered expecting '{_conversation.Expecting}', not '{expecting}': {string.Join(" | ", replies.Select(r => r.Text))}");
        }

        WaitForTranscript(_conversation.SentActivities);
        return replies;
    }

    /// <summary>Waits until the incoming activity and everything the bot sent are logged.</summary>
    private void WaitForTranscript(int sent)
    {
        _transcriptExpected += 1 + sent;
        var waited = Stopwatch.StartNew();
        var spins = new SpinWait();
        while (_host!.Transcripts.Written < _transcriptExpected)
        {
            if (waited.Elapsed > TranscriptTimeout)
            {
                throw new InvalidOperationException($"The transcript has {_host.Transcripts.Written} activities after {TranscriptTimeout}, not {_transcriptExpected}.");
            }

            spins.SpinOnce();
        }

        _transcriptWaits.Add(waited.Elapsed.TotalMilliseconds);
    }
}
