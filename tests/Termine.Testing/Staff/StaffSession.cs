using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Termine.Bot.Admin.Access;
using Termine.Testing.Hosts;

namespace Termine.Testing.Staff;

/// <summary>
/// A browser-like client of the staff pages: over https (the sign-in cookie is Secure), with cookies, and the
/// anti-forgery token read from each form it fills in.
/// </summary>
public sealed partial class StaffSession(HttpClient client) : IDisposable
{
    public const string Password = "correct horse battery staple";

    public HttpClient Client { get; } = client;

    public static HttpClient CreateClient(TermineFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            BaseAddress = new Uri("https://localhost"),
            AllowAutoRedirect = false,
            HandleCookies = true,
        });

    /// <summary>Creates an account with <see cref="Password"/> and signs in with it.</summary>
    public static async Task<StaffSession> SignInAsync(TermineFactory factory, string userName, StaffRole role)
    {
        var accounts = factory.Services.GetRequiredService<StaffAccounts>();
        var (_, problem) = await accounts.CreateAsync(userName, $"Test {userName}", Password, role, CancellationToken.None);
        if (problem is not null && problem != "Diesen Benutzernamen gibt es schon.")
        {
            throw new InvalidOperationException(problem);
        }

        var session = new StaffSession(CreateClient(factory));
        var response = await session.PostFormAsync("/admin/login", new() { ["UserName"] = userName, ["Password"] = Password });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Sign-in of {userName} failed: {(int)response.StatusCode}");
        }

        return session;
    }

    /// <summary>Opens the form's page, takes its anti-forgery token and posts the fields with it.</summary>
    public async Task<HttpResponseMessage> PostFormAsync(string path, Dictionary<string, string> fields, string? formPage = null)
    {
        var page = await Client.GetStringAsync(formPage ?? path);
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException($"{formPage ?? path} has no anti-forgery token.");
        }

        fields["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups[1].Value);
        return await Client.PostAsync(path, new FormUrlEncodedContent(fields));
    }

    public void Dispose() => Client.Dispose();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}
