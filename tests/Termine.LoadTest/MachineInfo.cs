using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;

namespace Termine.LoadTest;

/// <summary>What the figures were measured on: the report is only comparable with the machine and its load beside it.</summary>
public static class MachineInfo
{
    /// <summary>The 1, 5 and 15 minute load averages (<c>/proc/loadavg</c>); above the number of cores, work waited for a CPU.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    public static string CpuModel() =>
        File.Exists("/proc/cpuinfo")
            ? File.ReadLines("/proc/cpuinfo").Where(l => l.StartsWith("model name", StringComparison.Ordinal))
                .Select(l => l[(l.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()).FirstOrDefault() ?? "unknown"
            : "unknown";

    public static string Memory()
    {
        var total = File.Exists("/proc/meminfo")
            ? File.ReadLines("/proc/meminfo").FirstOrDefault(l => l.StartsWith("MemTotal:", StringComparison.Ordinal))
            : null;
        return total is not null && long.TryParse(total.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture, out var kb)
            ? string.Create(CultureInfo.InvariantCulture, $"{kb / 1024.0 / 1024.0:N0} GiB")
            : "unknown";
    }

    public static string OperatingSystem() =>
        File.Exists("/etc/os-release")
            ? File.ReadLines("/etc/os-release").Where(l => l.StartsWith("PRETTY_NAME=", StringComparison.Ordinal))
                .Select(l => l["PRETTY_NAME=".Length..].Trim('"')).FirstOrDefault() ?? RuntimeInformation.OSDescription
            : RuntimeInformation.OSDescription;

    /// <summary>The open-file limit of this process (soft), which 2 sockets per conversation must fit into.</summary>
    public static long? OpenFileLimit()
    {
        var line = File.Exists("/proc/self/limits")
            ? File.ReadLines("/proc/self/limits").FirstOrDefault(l => l.StartsWith("Max open files", StringComparison.Ordinal))
            : null;
        return line is not null && long.TryParse(line["Max open files".Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries)[0],
            CultureInfo.InvariantCulture, out var limit)
            ? limit
            : null;
    }

    /// <summary>The commit checked out in the repository (<c>git rev-parse --short HEAD</c>); "unknown" without git.</summary>
    public static string Commit(string repositoryRoot)
    {
        try
        {
            var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = repositoryRoot };
            start.ArgumentList.Add("rev-parse");
            start.ArgumentList.Add("--short");
            start.ArgumentList.Add("HEAD");
            using var git = Process.Start(start)!;
            var commit = git.StandardOutput.ReadToEnd().Trim();
            git.WaitForExit();
            return git.ExitCode == 0 && commit.Length > 0 ? commit : "unknown";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "unknown";
        }
    }
}
