namespace Termine.Bot.Hosting;

/// <summary>HTTPS outside Development: HSTS, the anti-forgery cookie only over HTTPS, and no Server header.</summary>
public static class TransportSecurity
{
    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Sent only on HTTPS responses (also via a trusted proxy's X-Forwarded-Proto), never for localhost.
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        if (!builder.Environment.IsDevelopment())
        {
            // __Host-: only over HTTPS, only this host, path "/", like the staff's sign-in cookie.
            builder.Services.AddAntiforgery(antiforgery =>
            {
                antiforgery.Cookie.Name = "__Host-Termine-Antiforgery";
                antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                antiforgery.Cookie.Path = "/";
            });
        }

        return builder;
    }

    public static IApplicationBuilder UseTransportSecurity(this WebApplication app) =>
        app.Environment.IsDevelopment() ? app : app.UseHsts();
}
