using Termine.Bot.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddTermine();

var app = builder.Build();
app.MapTermine();
await app.PrepareAsync();
await app.RunAsync();

/// <summary>Exposed for WebApplicationFactory in the tests.</summary>
public partial class Program;
