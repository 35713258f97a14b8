using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;
using Termine.Booking.Notifications;

namespace Termine.Bot.Hosting;

/// <summary>HSTS outside Development, the anti-forgery cookie only over HTTPS where the public address is https, no Server header.</summary>
public static class TransportSecurity
{
    public static WebApplicationBuilder AddTransportSecurity(this WebApplicationBuilder builder)
    {
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);
        // Sent only on HTTPS responses (also via a trusted proxy's X-Forwarded-Proto), never for localhost.
        builder.Services.AddHsts(hsts => hsts.MaxAge = TimeSpan.FromDays(365));
        // Where residents use HTTPS (the public address says so), the anti-forgery cookie is __Host-: only over HTTPS,
        // only this host, path "/", like the staff's sign-in cookie. With a plain-http address (Development, tests) the
        // framework's cookie stays, as a Secure-only cookie would make every form on http fail.
        builder.Services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SiteOptions>>((antiforgery, site) =>
        {
            if (site.Value.PublicBaseUrl.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
            {
                antiforgery.Cookie.Name = "__Host-Termine-Antiforgery";
                antiforgery.Cookie.SecurePolicy = CookieSecurePolicy.Always;
                antiforgery.Cookie.Path = "/";
            }
        });
        return builder;
    }

    public static IApplicationBuilder UseTransportSecurity(this WebApplication app) =>
        app.Environment.IsDevelopment() ? app : app.UseHsts();
}
