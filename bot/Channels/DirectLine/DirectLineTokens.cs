using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Termine.Bot.Channels.DirectLine;

/// <summary>
/// Direct Line tokens: JWTs (HS256, signed with a key derived from the secret) naming one conversation (<c>conv</c>)
/// and, when the channel chose it, the user (<c>user</c>, which Web Chat reads). Lifetimes are checked against the
/// injected clock, not the library's, so tests control expiry. Stream tokens (for the streamUrl only) live a minute:
/// a URL ends up in logs more easily than a header.
/// </summary>
public sealed class DirectLineTokens(DirectLineKeys keys, IOptions<DirectLineOptions> options, TimeProvider time)
{
    /// <summary>Direct Line: a client must open its streamUrl within 60 seconds.</summary>
    public static readonly TimeSpan StreamTokenLifetime = TimeSpan.FromSeconds(60);

    private const string Issuer = "termine-directline";
    private const string ConversationClaim = "conv";
    private const string UserClaim = "user";
    private const string ScopeClaim = "scp";
    private const string StreamScope = "stream";

    private static readonly JsonWebTokenHandler Handler = new() { SetDefaultTimesOnTokenCreation = false };

    public IssuedToken Issue(string conversationId, string? userId) =>
        new(Create(conversationId, userId, scope: null, options.Value.TokenLifetime), (int)Math.Ceiling(options.Value.TokenLifetime.TotalSeconds));

    public string IssueStreamToken(string conversationId) => Create(conversationId, userId: null, StreamScope, StreamTokenLifetime);

    public async Task<TokenCheck> CheckAsync(string token)
    {
        var result = await Handler.ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = Issuer,
            ValidAudience = Issuer,
            IssuerSigningKey = keys.SigningKey,
            ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
            // Checked below against the injected clock.
            ValidateLifetime = false,
        });
        if (!result.IsValid || result.SecurityToken is not JsonWebToken jwt
            || !jwt.TryGetPayloadValue<string>(ConversationClaim, out var conversationId) || string.IsNullOrEmpty(conversationId))
        {
            return new TokenCheck.Invalid();
        }

        if (jwt.ValidTo <= time.GetUtcNow().UtcDateTime)
        {
            return new TokenCheck.Expired();
        }

        jwt.TryGetPayloadValue<string>(UserClaim, out var userId);
        jwt.TryGetPayloadValue<string>(ScopeClaim, out var scope);
        return new TokenCheck.Valid(conversationId, string.IsNullOrEmpty(userId) ? null : userId, scope == StreamScope);
    }

    private string Create(string conversationId, string? userId, string? scope, TimeSpan lifetime)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var claims = new Dictionary<string, object> { [ConversationClaim] = conversationId };
        if (userId is not null)
        {
            claims[UserClaim] = userId;
        }

        if (scope is not null)
        {
            claims[ScopeClaim] = scope;
        }

        return Handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Issuer,
            Claims = claims,
            IssuedAt = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(keys.SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }
}
