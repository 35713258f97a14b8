using System.Runtime.InteropServices;

namespace Termine.Booking.Persistence.Identity;

/// <summary>
/// Which file is at a path: on Linux its device and inode, elsewhere its creation time. A SQLite connection that is
/// already open keeps writing to a file that was deleted or replaced, so only the path can tell that the file
/// Termine opened is gone. One <c>statx</c> call, no file opened.
/// </summary>
public readonly record struct FileIdentity(ulong Device, ulong Inode)
{
    /// <summary>The identity of the file at <paramref name="path"/>, or null when there is none.</summary>
    public static FileIdentity? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return File.Exists(path) ? new FileIdentity(0, (ulong)File.GetCreationTimeUtc(path).Ticks) : null;
        }

        // struct statx is the same on every Linux architecture (256 bytes); its fields are read by offset.
        Span<byte> buffer = stackalloc byte[StatxSize];
        if (Statx(AtFdCwd, path, 0, StatxIno, ref MemoryMarshal.GetReference(buffer)) != 0)
        {
            return null;
        }

        var inode = MemoryMarshal.Read<ulong>(buffer[32..]);
        var deviceMajor = MemoryMarshal.Read<uint>(buffer[136..]);
        var deviceMinor = MemoryMarshal.Read<uint>(buffer[140..]);
        return new FileIdentity(((ulong)deviceMajor << 32) | deviceMinor, inode);
    }

    private const int AtFdCwd = -100;
    private const uint StatxIno = 0x100;
    private const int StatxSize = 256;

    // DllImport rather than LibraryImport: the generated marshalling would need unsafe code in this project.
    [DllImport("libc", EntryPoint = "statx")]
    private static extern int Statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, ref byte buffer);
}
