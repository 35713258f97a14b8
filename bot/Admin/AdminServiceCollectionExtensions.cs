using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Termine.Booking.Retention;
using Termine.Bot.Admin.Access;
using Termine.Bot.Admin.ActionLog;

namespace Termine.Bot.Admin;

public static class AdminServiceCollectionExtensions
{
    /// <summary>The staff pages' folder below the Razor Pages root; every page in it needs a staff sign-in.</summary>
    public const string PagesFolder = "/Admin/Pages";

    /// <summary>Pages in these folders need an administrator.</summary>
    public static readonly string[] AdministratorFolders = [PagesFolder + "/Settings", PagesFolder + "/Accounts"];

    public static IServiceCollection AddStaffAdmin(this IServiceCollection services)
    {
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IPasswordHasher<StaffUser>, PasswordHasher<StaffUser>>();
        services.AddSingleton<StaffPasswords>();
        services.AddSingleton<StaffAccounts>();
        services.AddSingleton<StaffSessions>();
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<StaffSignIn>();
        services.AddSingleton<InitialAdministrator>();
        services.AddSingleton<StaffActionLog>();
        services.AddSingleton<IRetentionStep, ActionLogRetention>();

        services.AddAuthentication(StaffClaims.Scheme).AddCookie(StaffClaims.Scheme, _ => { });
        services.AddOptions<CookieAuthenticationOptions>(StaffClaims.Scheme).Configure<Microsoft.Extensions.Options.IOptions<AdminOptions>>((cookie, admin) =>
        {
            // __Host-: only over HTTPS, only this host, path "/": no other site or subdomain can set or read it.
            cookie.Cookie.Name = "__Host-Termine-Staff";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.Always;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.Path = "/";
            cookie.LoginPath = "/admin/login";
            cookie.LogoutPath = "/admin/logout";
            cookie.AccessDeniedPath = "/admin/forbidden";
            cookie.ExpireTimeSpan = admin.Value.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Events.OnValidatePrincipal = ValidateAsync;
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(StaffClaims.StaffPolicy, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.Staff), nameof(StaffRole.Administrator)))
            .AddPolicy(StaffClaims.AdministratorPolicy, p => p.AddAuthenticationSchemes(StaffClaims.Scheme).RequireRole(nameof(StaffRole.Administrator)));

        return services;
    }

    /// <summary>Every staff page needs a sign-in; the administrators' folders an administrator.</summary>
    public static RazorPagesOptions AuthorizeStaffPages(this RazorPagesOptions options)
    {
        options.Conventions.AuthorizeFolder(PagesFolder, StaffClaims.StaffPolicy);
        foreach (var folder in AdministratorFolders)
        {
            options.Conventions.AuthorizeFolder(folder, StaffClaims.AdministratorPolicy);
        }

        options.Conventions.AllowAnonymousToPage(PagesFolder + "/Login");
        options.Conventions.AllowAnonymousToPage(PagesFolder + "/Forbidden");
        return options;
    }

    /// <summary>
    /// A sign-in ends, on every host at once, as soon as its session row is gone (signed out, account deactivated,
    /// password changed) or its account's password or role changed: the cookie alone is never enough.
    /// </summary>
    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var principal = context.Principal;
        var sessions = context.HttpContext.RequestServices.GetRequiredService<StaffSessions>();
        if (principal is null
            || !Guid.TryParse(principal.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value, out var id)
            || principal.FindFirst(StaffClaims.SecurityStampType)?.Value is not { } stamp
            || principal.SessionId() is not { } sessionId
            || !await sessions.IsCurrentAsync(sessionId, id, stamp, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(StaffClaims.Scheme);
        }
    }
}
