namespace Termine.Bot.Admin.Access;

public abstract record StaffSignInResult
{
    private StaffSignInResult()
    {
    }

    public sealed record SignedIn(StaffUser User) : StaffSignInResult;

    /// <summary>
    /// Unknown name, wrong password, inactive account, locked name or throttled address: told apart in nothing the
    /// caller sees (the action log says which).
    /// </summary>
    public sealed record Refused : StaffSignInResult;
}
