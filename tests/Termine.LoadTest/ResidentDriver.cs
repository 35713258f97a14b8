using System.Diagnostics;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Termine.LoadTest;

/// <summary>
/// One resident booking through web chat, in English, steered by what each question waits for
/// (<c>channelData.expecting</c>) rather than by its wording: the welcome (the page's <c>webchat/join</c>), a service
/// from the buttons, one person, a date wish, a slot from the buttons, name, date of birth, an e-mail address of
/// this conversation's own, no phone, yes. A slot someone else took meanwhile is answered the way a resident would:
/// by choosing another of the slots offered next.
/// </summary>
public sealed partial class ResidentDriver(DirectLineConversation conversation, string email, Random random, TimeSpan think, LoadStatistics statistics)
{
    /// <summary>Enough for every step, some re-asked questions and a few slots taken from under the resident.</summary>
    private const int MaxTurns = 40;

    private const int MaxReasks = 3;

    /// <summary>
    /// How long the stream may take to bring a turn's closing reply after the post returned (the turn is over then,
    /// its replies stored); beyond it the turn counts as ended without a question.
    /// </summary>
    private static readonly TimeSpan ReplyPatience = TimeSpan.FromSeconds(30);

    private static readonly string[] DateWishes = ["next Tuesday morning", "next week", "Thursday afternoon", "in two weeks", "tomorrow"];

    /// <summary>Books one appointment and returns its reference, or throws a <see cref="LoadTestException"/>.</summary>
    public async Task<string> BookAsync(CancellationToken cancellationToken)
    {
        // Residents do not all open the page in the same millisecond.
        await PauseAsync(cancellationToken);
        var reply = await TurnAsync(Event("webchat/join"), cancellationToken);
        string? previous = null;
        var reasked = 0;
        var dateWish = random.Next(DateWishes.Length);
        for (var turn = 1; turn < MaxTurns; turn++)
        {
            if (reply.Expecting is null)
            {
                return ReferencePattern().Match(reply.Text).Value;
            }

            if (reply.Expecting == previous)
            {
                if (previous == "slot")
                {
                    statistics.SlotTaken();
                }
                else if (++reasked > MaxReasks)
                {
                    throw new LoadTestException($"stuck at {previous}", reply.Text);
                }
                else
                {
                    dateWish++;
                }
            }

            previous = reply.Expecting;
            var answer = reply.Expecting switch
            {
                "service" or "phone" or "confirm" when reply.Choices.Count > 0 =>
                    reply.Expecting == "service" ? reply.Choices[random.Next(reply.Choices.Count)] : reply.Choices[0],
                "persons" => "1",
                "date" => DateWishes[dateWish % DateWishes.Length],
                "slot" when reply.SlotCount > 0 => reply.Choices[random.Next(reply.SlotCount)],
                "name" => "Amina Haddad",
                "birthDate" => "17/05/1990",
                "email" => email,
                _ => throw new LoadTestException($"unexpected question {reply.Expecting}", reply.Text),
            };
            await PauseAsync(cancellationToken);
            reply = await TurnAsync(Message(answer), cancellationToken);
        }

        throw new LoadTestException("too many turns", reply.Text);
    }

    /// <summary>Posts, then waits for the reply that ends the turn: a question, or the booking with its reference.</summary>
    private async Task<BotReply> TurnAsync(JsonObject activity, CancellationToken cancellationToken)
    {
        var sent = Stopwatch.GetTimestamp();
        var id = await conversation.PostAsync(activity, cancellationToken);
        var posted = Stopwatch.GetTimestamp();
        var reply = await conversation.WaitForReplyAsync(id, EndsTurn, ReplyPatience, cancellationToken);
        if (reply is null)
        {
            var said = string.Join(" | ", conversation.RepliesTo(id).Select(r => r.Text));
            throw new LoadTestException("turn ended without a question or reference", said);
        }

        statistics.Turn(Stopwatch.GetElapsedTime(sent, reply.ArrivedAt), Stopwatch.GetElapsedTime(sent, posted));
        return reply;
    }

    private static bool EndsTurn(BotReply reply) => reply.Expecting is not null || ReferencePattern().IsMatch(reply.Text);

    private Task PauseAsync(CancellationToken cancellationToken) =>
        think == TimeSpan.Zero ? Task.CompletedTask : Task.Delay(think * (0.5 + random.NextDouble()), cancellationToken);

    private static JsonObject Event(string name) => FromWebChat(new JsonObject { ["type"] = "event", ["name"] = name, ["value"] = new JsonObject() });

    private static JsonObject Message(string text) => FromWebChat(new JsonObject { ["type"] = "message", ["text"] = text, ["textFormat"] = "plain" });

    /// <summary>As Web Chat posts: no id or conversation; the token names the user, so from.id is a placeholder.</summary>
    private static JsonObject FromWebChat(JsonObject activity)
    {
        activity["channelId"] = "webchat";
        activity["from"] = new JsonObject { ["id"] = "r_load", ["name"] = "", ["role"] = "user" };
        activity["locale"] = "en-US";
        return activity;
    }

    /// <summary>A booking reference (ReferenceGenerator): two groups of four from its alphabet.</summary>
    [GeneratedRegex(@"\b[ACDEFGHJKMNPRTUVWXY34679]{4}-[ACDEFGHJKMNPRTUVWXY34679]{4}\b")]
    private static partial Regex ReferencePattern();
}
