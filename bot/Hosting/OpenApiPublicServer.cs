using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Termine.Bot.Hosting;

/// <summary>The OpenAPI document names the public address as its one server, not the request's Host header.</summary>
public sealed class OpenApiPublicServer(PublicUrls urls) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Servers = [new OpenApiServer { Url = urls.Base.TrimEnd('/') }];
        return Task.CompletedTask;
    }
}
