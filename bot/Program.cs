using Termine.Bot.Admin.Access;
using Termine.Bot.Hosting;

var builder = WebApplication.CreateBuilder(ContentRoot.Options(args));
try
{
    builder.AddTermine();

    var app = builder.Build();
    if (args is [InitialAdministrator.Command, var userName, ..])
    {
        app.ValidateOptions();
        await app.MigrateDatabasesAsync();
        return await app.Services.GetRequiredService<InitialAdministrator>().RunCommandAsync(userName, app.Lifetime.ApplicationStopping);
    }

    app.MapTermine();
    await app.PrepareAsync();
    await app.RunAsync();
    return 0;
}
catch (Exception e) when (StartupErrors.Describe(e, builder.Configuration) is { } line)
{
    return await StartupErrors.ReportAsync(line);
}

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
