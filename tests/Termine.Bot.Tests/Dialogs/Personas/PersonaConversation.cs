using System.Text;
using Microsoft.Bot.Schema;
using Termine.Testing.Conversations;

namespace Termine.Bot.Tests.Dialogs.Personas;

/// <summary>
/// Plays one persona against the bot: sends the opening, then answers whatever the bot asks the way that person
/// writes, until <paramref name="isDone"/> says the booking exists or the message limit is reached. Counts the
/// messages and the questions for facts the persona had already stated, and keeps the transcript. A question that
/// offers the persona's service as a button (<paramref name="serviceNames"/>, in any language) is answered by a tap.
/// </summary>
public sealed class PersonaConversation(Persona persona, ConversationDriver bot, IReadOnlyCollection<string> serviceNames, Func<Task<bool>> isDone)
{
    public const int MaxMessages = 25;

    /// <summary>A question with this many buttons or fewer narrows a choice down; it does not ask the service again.</summary>
    private const int ClarifyingButtons = 4;

    private readonly Dictionary<Fact, int> _stated = [];
    private readonly Dictionary<string, int> _asked = [];

    /// <summary>Asks of a question not straight after itself: a question asked again at once is a retry for the same person.</summary>
    private readonly Dictionary<string, int> _rounds = [];
    private string? _lastExpecting;
    private bool _lastStated;
    private readonly StringBuilder _transcript = new();
    private int _rejections;

    public int Messages { get; private set; }

    public int ReAsked { get; private set; }

    public string Transcript => _transcript.ToString();

    /// <summary>Null when the booking exists, otherwise why the conversation stopped.</summary>
    public async Task<string?> RunAsync()
    {
        foreach (var line in persona.Opening)
        {
            await SayAsync(line, null);
        }

        while (!await isDone())
        {
            if (Messages >= MaxMessages)
            {
                return $"no booking after {MaxMessages} messages";
            }

            var expecting = bot.Expecting;
            if (expecting is null)
            {
                return "the bot stopped asking without a booking";
            }

            if (IsReAsk(expecting))
            {
                ReAsked++;
                _transcript.AppendLine($"   (re-asked: {expecting})");
            }

            var answer = Answer(expecting);
            if (answer is null)
            {
                return $"the persona has no answer for '{expecting}'";
            }

            _asked[expecting] = _asked.GetValueOrDefault(expecting) + 1;
            if (expecting != _lastExpecting)
            {
                _rounds[expecting] = _rounds.GetValueOrDefault(expecting) + 1;
            }

            _lastExpecting = expecting;
            _lastStated = (answer.Value.Line.States ?? (answer.Value.Fact is null ? [] : [answer.Value.Fact.Value])).Count > 0;
            await SayAsync(answer.Value.Line, answer.Value.Fact);
        }

        return null;
    }

    private async Task SayAsync(Line line, Fact? asked)
    {
        Messages++;
        foreach (var fact in line.States ?? (asked is { } f ? [f] : []))
        {
            _stated[fact] = _stated.GetValueOrDefault(fact) + 1;
        }

        _transcript.AppendLine($"{persona.Id}: {line.Text}");
        foreach (var reply in await bot.SendAsync(line.Text))
        {
            var expecting = reply.ChannelData is Newtonsoft.Json.Linq.JObject data ? data["expecting"]?.ToString() : null;
            var buttons = reply.SuggestedActions?.Actions is { Count: > 0 } actions ? $" [{string.Join(" | ", actions.Select(a => a.Title))}]" : "";
            _transcript.AppendLine($"   bot{(expecting is null ? "" : $" ({expecting})")}: {reply.Text}{buttons}");
        }
    }

    private readonly List<string> _personQuestions = [];

    private (Line Line, Fact? Fact)? Answer(string expecting)
    {
        var buttons = bot.Last?.SuggestedActions?.Actions ?? [];
        var asked = _asked.GetValueOrDefault(expecting);
        // The person a name or birth-date question is about: the booker first, then each companion in turn.
        var person = _rounds.GetValueOrDefault(expecting) - (expecting == _lastExpecting ? 1 : 0);
        switch (expecting)
        {
            case "slot":
                return (SlotAnswer(buttons), null);
            case "person":
                // Each further person is asked with their number: a question worded as before is a retry for the same one.
                if (bot.Last?.Text is { } question && !_personQuestions.Contains(question))
                {
                    _personQuestions.Add(question);
                }

                return persona.Companions.Count == 0 ? null : (persona.Companions[Math.Clamp(_personQuestions.Count - 1, 0, persona.Companions.Count - 1)].Says, Fact.Companion);
            case "name" when person > 0 && person <= persona.Companions.Count:
                return (persona.Companions[person - 1].Name, Fact.Name);
            case "birthDate" when person > 0 && person <= persona.Companions.Count:
                return (persona.Companions[person - 1].BirthDateText, Fact.BirthDate);
            case "service" or "clarify" when ServiceButton(buttons) is { } tap && (_stated.ContainsKey(Fact.Service) || !persona.Answers.ContainsKey(expecting)):
                return (tap, Fact.Service);
        }

        if (!persona.Answers.TryGetValue(expecting, out var lines) || lines.Length == 0)
        {
            return null;
        }

        return (lines[Math.Min(asked, lines.Length - 1)], FactAskedBy(expecting));
    }

    private Line SlotAnswer(IList<CardAction> buttons)
    {
        var offered = bot.OfferedSlots;
        var fitting = offered.Select((s, i) => (s, i)).FirstOrDefault(x => persona.Wish.FitsInstant(x.s.Start), (default, -1)).Item2;
        var rejectFirst = persona.RejectsFirstOffer && _rejections == 0;
        if ((rejectFirst || fitting < 0) && _rejections < persona.RejectSlots.Count)
        {
            // Turning the offer down withdraws the date wish; the rejection may state a new one.
            _stated.Remove(Fact.Date);
            return persona.RejectSlots[_rejections++];
        }

        return Line.Asking(persona.Pick.Say(Math.Max(fitting, 0), offered, buttons.ToList()));
    }

    /// <summary>The button that names the persona's service (in any language), if the bot shows one.</summary>
    private string? ServiceButton(IList<CardAction> buttons) =>
        buttons.FirstOrDefault(b => serviceNames.Contains(b.Title))?.Value?.ToString();

    private bool IsReAsk(string expecting)
    {
        var stated = (Fact f) => _stated.GetValueOrDefault(f);
        var clarifying = expecting is "service" or "clarify" && (bot.Last?.SuggestedActions?.Actions?.Count ?? 0) is > 0 and <= ClarifyingButtons;
        if (expecting == _lastExpecting && _lastStated && expecting is not ("slot" or "confirm" or "person") && !clarifying)
        {
            return true;
        }

        return expecting switch
        {
            "service" or "clarify" => stated(Fact.Service) > 0 && (bot.Last?.SuggestedActions?.Actions?.Count ?? 0) is 0 or > ClarifyingButtons,
            "name" => stated(Fact.Name) + stated(Fact.Companion) >= persona.Persons,
            "birthDate" => stated(Fact.BirthDate) + stated(Fact.Companion) >= persona.Persons,
            "person" => stated(Fact.Companion) >= persona.Companions.Count,
            _ => FactAskedBy(expecting) is { } fact && stated(fact) > 0,
        };
    }

    private static Fact? FactAskedBy(string expecting) => expecting switch
    {
        "service" => Fact.Service,
        "persons" => Fact.Persons,
        "date" => Fact.Date,
        "name" => Fact.Name,
        "birthDate" => Fact.BirthDate,
        "email" => Fact.Email,
        "phone" => Fact.Phone,
        _ => null,
    };
}
