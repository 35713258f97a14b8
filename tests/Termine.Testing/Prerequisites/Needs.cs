using Termine.Testing.Mail;

namespace Termine.Testing.Prerequisites;

/// <summary>What a test needs beyond the .NET SDK: ./test.sh installs and starts all of it.</summary>
[Flags]
public enum Need
{
    None = 0,

    /// <summary>The loopback TLS certificate ./test.sh makes and trusts (the Bot Connector stand-in speaks HTTPS).</summary>
    TlsCertificate = 1,

    /// <summary>Debian's headless Chromium at /usr/bin/chromium.</summary>
    Chromium = 2,

    /// <summary>The npm packages of tests/e2e (axe-core).</summary>
    E2ePackages = 4,

    /// <summary>The npm packages of tests/directline-protocol (botframework-directlinejs).</summary>
    DirectLinePackages = 8,

    /// <summary>Debian's aiosmtpd, the real SMTP server on loopback.</summary>
    SmtpServer = 16,

    /// <summary>Debian's zbarimg, the QR decoder.</summary>
    QrDecoder = 32,
}

/// <summary>
/// Whether this machine has what a test needs. A newcomer running one test with `dotnet test --filter` sees it skipped
/// with the way to get it; ./test.sh sets TERMINE_TEST_STRICT=1, so there a missing part fails the test instead of
/// hiding it.
/// </summary>
public static class Needs
{
    private static readonly string RepositoryRoot = FindRepositoryRoot();

    public static bool Strict => Environment.GetEnvironmentVariable("TERMINE_TEST_STRICT") == "1";

    /// <summary>Null when everything is here (or the run is strict), else why the test is skipped and how to run it.</summary>
    public static string? SkipReason(Need needs)
    {
        if (Strict)
        {
            return null;
        }

        var missing = Enum.GetValues<Need>().Where(n => n != Need.None && needs.HasFlag(n) && !IsHere(n)).Select(HowToGet).ToList();
        return missing.Count == 0 ? null : $"Skipped: {string.Join(" ", missing)} Or run everything with ./test.sh.";
    }

    private static bool IsHere(Need need) => need switch
    {
        Need.TlsCertificate => File.Exists(Environment.GetEnvironmentVariable("TERMINE_TEST_TLS_CERT") ?? "")
            && File.Exists(Environment.GetEnvironmentVariable("TERMINE_TEST_TLS_KEY") ?? ""),
        Need.Chromium => File.Exists("/usr/bin/chromium"),
        Need.E2ePackages => Directory.Exists(Path.Combine(RepositoryRoot, "tests", "e2e", "node_modules", "axe-core")),
        Need.DirectLinePackages => Directory.Exists(Path.Combine(RepositoryRoot, "tests", "directline-protocol", "node_modules", "botframework-directlinejs")),
        Need.SmtpServer => Directory.Exists("/usr/lib/python3/dist-packages/aiosmtpd"),
        Need.QrDecoder => File.Exists("/usr/bin/zbarimg"),
        _ => true,
    };

    private static string HowToGet(Need need) => need switch
    {
        Need.TlsCertificate => "Needs a loopback TLS certificate the process trusts: make one as step 4 of ./test.sh does and set TERMINE_TEST_TLS_CERT, TERMINE_TEST_TLS_KEY and SSL_CERT_DIR.",
        Need.Chromium => "Needs Chromium: apt-get install chromium.",
        Need.E2ePackages => "Needs the npm packages of tests/e2e: run `npm ci` there.",
        Need.DirectLinePackages => "Needs the npm packages of tests/directline-protocol: run `npm ci` there.",
        Need.SmtpServer => "Needs the SMTP server aiosmtpd: apt-get install python3-aiosmtpd.",
        Need.QrDecoder => "Needs the QR decoder zbarimg: apt-get install zbar-tools.",
        _ => "",
    };

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Termine.sln")))
            {
                return dir.FullName;
            }
        }

        return AppContext.BaseDirectory;
    }
}

/// <summary>A fact that is skipped, with the way to run it, where this machine lacks what it needs.</summary>
public sealed class NeedsFactAttribute : FactAttribute
{
    public NeedsFactAttribute(Need needs) => Skip = Needs.SkipReason(needs);
}

/// <summary>A theory that is skipped, with the way to run it, where this machine lacks what it needs.</summary>
public sealed class NeedsTheoryAttribute : TheoryAttribute
{
    public NeedsTheoryAttribute(Need needs) => Skip = Needs.SkipReason(needs);
}
