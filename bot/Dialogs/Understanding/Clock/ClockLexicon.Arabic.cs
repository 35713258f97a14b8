namespace Termine.Bot.Dialogs.Understanding.Clock;

internal static partial class ClockLexicon
{
    private static ClockWords Arabic() => new()
    {
        Language = "ar",
        Hours = new Dictionary<string, string[]>
        {
            // Written Arabic names the hour by its feminine ordinal ("العاشرة"), spoken Arabic by the number ("عشرة").
            ["any"] =
            [
                "الواحدة|واحدة", "الثانية|اثنين|اتنين|اثنتين|ثنتين", "الثالثة|ثلاثة|تلاتة|ثلاث|تلات", "الرابعة|أربعة|اربع",
                "الخامسة|خمسة|خمس", "السادسة|ستة|ست", "السابعة|سبعة|سبع", "الثامنة|ثمانية|تمانية|ثمان|تمن",
                "التاسعة|تسعة|تسع", "العاشرة|عشرة|عشر",
                "الحادية عشرة?|إحدى عشرة?|احدعش|حداشر|حدعش", "الثانية عشرة?|اثنتا عشرة?|اثنا عشر|اتناشر|اطناش",
            ],
        },
        Minutes = new Dictionary<string, (int, string)[]>
        {
            ["nom"] = FiveMinuteSteps(
                "خمس|خمسة", "عشر|عشرة", "", "عشرين|عشرون", "خمس وعشرين|خمسة وعشرين|خمسة و عشرين", "", "",
                "أربعين", "", "خمسين", ""),
        },
        Phrases =
        [
            new("(?:الساعة |ساعة )?{h:any} و ?(?:ال)?(?:نصف|نص)", Minute: 30),
            new("(?:الساعة |ساعة )?{h:any} و ?(?:ال)?ربع", Minute: 15),
            new("(?:الساعة |ساعة )?{h:any} و ?(?:ال)?ثلث", Minute: 20),
            new("(?:الساعة |ساعة )?{h:any} (?:إلا|الا) ?(?:ال)?ربع", HourShift: -1, Minute: 45),
            new("(?:الساعة |ساعة )?{h:any} (?:إلا|الا) ?(?:ال)?ثلث", HourShift: -1, Minute: 40),
            new("(?:الساعة|ساعة) {h:any}(?: و ?{mw}(?: دقيقة| دقائق)?)?"),
            new("(?:الساعة|ساعة) {h:any} (?:إلا|الا) {mw}(?: دقيقة| دقائق)?", HourShift: -1, Minute: 60, MinuteSign: -1),
        ],
        Am = "صباحا|صباح|الصبح|الصباح|صباحًا",
        Pm = "مساء|مساءً|المساء|ظهرا|الظهر|ظهرًا|عصرا|العصر|بعد الظهر",
    };
}
