using Microsoft.Bot.Connector.Authentication;
using Microsoft.Rest;

namespace Termine.Testing.Conversations;

/// <summary>
/// Stands in for Azure AD, which issues the bot's own outgoing tokens and cannot be reached here: the app id is checked
/// as the real factory checks it, and outgoing calls carry a fixed bearer token the connector stand-in can see.
/// </summary>
public sealed class StubCredentialsFactory(string appId) : ServiceClientCredentialsFactory
{
    public const string OutgoingToken = "stand-in-outgoing-token";

    public override Task<bool> IsValidAppIdAsync(string appId1, CancellationToken cancellationToken) => Task.FromResult(appId1 == appId);

    public override Task<bool> IsAuthenticationDisabledAsync(CancellationToken cancellationToken) => Task.FromResult(string.IsNullOrEmpty(appId));

    public override Task<ServiceClientCredentials> CreateCredentialsAsync(
        string appId1, string audience, string loginEndpoint, bool validateAuthority, CancellationToken cancellationToken) =>
        Task.FromResult<ServiceClientCredentials>(new TokenCredentials(OutgoingToken));
}
