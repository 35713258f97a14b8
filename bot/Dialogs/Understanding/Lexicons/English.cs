namespace Termine.Bot.Dialogs.Understanding;

internal static partial class Lexicon
{
    private static LanguageWords English() => new()
    {
        Language = "en",
        Dates = new DateWords
        {
            Greetings = "good (?:morning|afternoon|evening|day)",
            Today = "today",
            Tomorrow = "tomorrow|tomorow|tmrw|tmr",
            DayAfterTomorrow = "(?:the )?day after tomorrow|overmorrow",
            Weekdays = ["monday", "tuesday|tues", "wednesday|weds", "thursday|thurs", "friday", "saturday", "sunday"],
            RecurringWeekdays =
            [
                "mondays|every monday|each monday", "tuesdays|every tuesday|each tuesday",
                "wednesdays|every wednesday|each wednesday", "thursdays|every thursday|each thursday",
                "fridays|every friday|each friday", "saturdays|every saturday|each saturday",
                "sundays|every sunday|each sunday",
            ],
            // "may" and "march" are also verbs: only with a day number or after "in" are they months.
            Months =
            [
                "january|jan\\.?", "february|feb\\.?", "march(?=\\s*\\d)|(?<=\\d\\w*\\s+(?:of\\s+)?)march|(?<=in\\s+)march|mar\\.",
                "april|apr\\.?", "may(?=\\s*\\d)|(?<=\\d\\w*\\s+(?:of\\s+)?)may|(?<=in\\s+)may", "june|jun\\.?",
                "july|jul\\.?", "august|aug\\.?", "september|sept?\\.?", "october|oct\\.?", "november|nov\\.?",
                "december|dec\\.?",
            ],
            Next = "next|coming|this coming",
            ThisWeek = "this week|(?:the )?rest of (?:this|the) week",
            NextWeek = "next week|(?:the )?coming week|(?:the )?following week",
            ThisMonth = "this month",
            NextMonth = "next month|(?:the )?coming month",
            InWeeks = "in (?:{n} weeks?|a week)(?: time)?|(?:{n} weeks?|a week) from (?:now|today)",
            InDays = "in (?:{n} days?|a day)|(?:{n} days?) from (?:now|today)",
            Morning = "mornings?|in the morning|before lunch",
            Afternoon = "afternoons?|in the afternoon|after lunch",
            Evening = "evenings?|in the evening|after work|late(?: in the day| afternoon)?|as late as possible|end of the day",
            AsEarlyAsPossible =
                "as (?:early|soon) as (?:possible|you can)|asap|a\\.s\\.a\\.p\\.?|soonest|earliest(?: possible| available)?"
                + "(?: date| slot| appointment| time)?|first (?:available|free|possible)(?: date| slot| appointment| time)?"
                + "|next (?:available|free|possible)(?: date| slot| appointment| time)?",
            After = "after(?: the)?|from(?: the)?|starting(?: from| on)?|not before|no earlier than|on or after",
            Before = "before(?: the)?|earlier than",
            Except = "except(?: on| for)?|but not(?: on)?|not on|apart from|other than",
            Until = "until(?: the)?|till(?: the)?|til|by(?: the)?|not later than|no later than|on or before|up to",
            AfterSuffix = "onwards?|or later|and later|and after",
            BeforeSuffix = "or earlier|or before",
            RangeFrom = "from(?: the)?|between(?: the)?",
            RangeTo = "to(?: the)?|till(?: the)?|until(?: the)?|through|thru|-|and(?: the)?",
            DaySuffix = "st|nd|rd|th",
            DayMonthJoin = "of",
            ClockBefore = "at|around|about|by|at around|at about",
            ClockAfter = "o'?clock|h",
            Am = "a\\.?m\\.?|in the morning",
            Pm = "p\\.?m\\.?|in the afternoon|in the evening",
        },
        Numbers = new NumberWords
        {
            Cardinals = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
            // "The second one": the pronoun belongs to the ordinal and is no cardinal "one".
            Ordinals =
            [
                "(?:first|1st)(?: one)?", "(?:second|2nd)(?: one)?", "(?:third|3rd)(?: one)?", "(?:fourth|4th)(?: one)?",
                "(?:fifth|5th)(?: one)?", "(?:sixth|6th)(?: one)?", "(?:seventh|7th)(?: one)?", "(?:eighth|8th)(?: one)?",
                "(?:ninth|9th)(?: one)?", "(?:tenth|10th)(?: one)?",
            ],
            Last = "(?:last|final)(?: one)?",
        },
        Answers = new AnswerWords
        {
            No = "no|nope|nah|not (?:correct|right|ok|okay)|incorrect|wrong|negative|no way",
            Yes = "yes|ye|yeah|yea|yep|yup|ya|sure|correct|right|ok|okay|of course|absolutely|confirm(?:ed)?|fine|alright"
                + "|all right|affirmative|exactly|that's right|sounds good|perfect",
            Not = "not|n't|never",
        },
        Persons = new PersonWords
        {
            Alone = "alone|by myself|on my own|just me|only me|myself only|just myself|a single person",
            Groups = ["", "a couple|both of us|the two of us|two of us", "three of us", "four of us", "five of us", "six of us", "seven of us", "eight of us", "nine of us", "ten of us"],
            Couple = "(?:me|i|myself) and my \\w+|my \\w+ and (?:me|i)|with my (?:wife|husband|partner|son|daughter|child|mother|father|brother|sister|friend)",
            Self = "i|me|myself",
            With = "with|along with|together with|accompanied by",
            Companion = "wife|husband|partner|friend|child|kid|son|daughter|mother|mom|mum|father|dad|brother|sister|baby"
                + "|grandmother|grandfather|grandma|grandpa|interpreter|translator|carer|caregiver|fiance|fiancee",
            Companions = "children|kids|sons|daughters|brothers|sisters|friends|adults|babies",
            Pair = "parents|twins",
            People = "people|persons|person|guests|of us",
            We = "we are|we're|we will be|we'll be|there are|there will be|there'll be|a party of|a group of",
            CompanionNumbers = ["a|an", "both(?: of)?(?: my)?", "", "", "", "", "", "", "", ""],
        },
    };
}
