using Microsoft.Extensions.Options;

namespace Termine.Bot.Admin.Access;

/// <summary>
/// Makes sure there can be a first login without a default password: at start, from the environment's
/// <see cref="InitialAdministratorOptions"/> when there is no administrator yet; or with the <c>create-admin</c> command.
/// </summary>
public sealed class InitialAdministrator(StaffAccounts accounts, IOptions<AdminOptions> options, ILogger<InitialAdministrator> logger)
{
    public const string Command = "create-admin";

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (await accounts.AnyAdministratorAsync(cancellationToken))
        {
            return;
        }

        var initial = options.Value.InitialAdministrator;
        if (string.IsNullOrWhiteSpace(initial.UserName) || string.IsNullOrEmpty(initial.Password))
        {
            logger.NoAdministrator(Command);
            return;
        }

        var (_, problem) = await accounts.CreateAsync(initial.UserName, initial.UserName, initial.Password, StaffRole.Administrator, cancellationToken);
        if (problem is not null)
        {
            throw new OptionsValidationException(AdminOptions.SectionName, typeof(AdminOptions), [$"InitialAdministrator: {problem}"]);
        }

        logger.InitialAdministratorCreated();
    }

    /// <summary>The <c>create-admin NAME</c> command: asks for the password twice without echoing it.</summary>
    public async Task<int> RunCommandAsync(string userName, CancellationToken cancellationToken)
    {
        var password = ReadSecret("Password: ");
        if (ReadSecret("Again: ") != password)
        {
            Console.Error.WriteLine("The two passwords differ; nothing was created.");
            return 1;
        }

        var (user, problem) = await accounts.CreateAsync(userName, userName, password, StaffRole.Administrator, cancellationToken);
        if (user is null)
        {
            Console.Error.WriteLine(problem);
            return 1;
        }

        Console.WriteLine($"Administrator '{user.UserName}' created.");
        return 0;
    }

    private static string ReadSecret(string prompt)
    {
        Console.Write(prompt);
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine() ?? "";
        }

        var secret = new System.Text.StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                secret.Length = Math.Max(0, secret.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }

        Console.WriteLine();
        return secret.ToString();
    }
}
