using System.Globalization;
using DanVan.Domain.Administration;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;
using NodaTime;

namespace DanVan.Domain.Organizations;

/// <summary>
/// Reads one organization name back into its kind, unit, number and locality (see
/// <see cref="OrganizationRegistry.ParseName"/>): folded and split once as unit names are, then read from the left: a
/// central body's whole name, or the phrase that opens a kind's name (<see cref="OrganizationNamePhrases"/>, longest
/// first) and the rest as its form says (<see cref="NameForm"/>), the unit being found in the catalog's search index.
/// </summary>
/// <remarks>
/// A unit is accepted by its exact name, with or without its kind, or by initials that cannot be a word ("HCM"), as in
/// address parsing; of equal matches the highest level wins ("UBND Lập Thạch" is the huyện, not the thị trấn), and
/// several at that level make the name ambiguous. Failing on the date, the name is tried on the catalog's other states
/// (a district read after 2025-06-30), then against units of any kind (a Huyện ủy named after a quận).
/// </remarks>
internal sealed partial class OrganizationNameParser
{
    /// <summary>Longer texts are no names.</summary>
    internal const int MaximumLength = 512;

    /// <summary>More words are no name: the longest composed names have about twenty.</summary>
    internal const int MaximumWords = 48;

    /// <summary>The largest number a numbered body may have.</summary>
    internal const int MaximumNumber = 99_999;

    private const int ListedUnits = 5;
    private const int MaximumDepth = 3;

    private readonly OrganizationRegistry _registry;
    private readonly AdministrativeCatalog _catalog;
    private readonly UnitSearchIndex _index;
    private readonly string _text;
    private readonly LocalDate _date;
    private readonly UnitCode? _within;
    private readonly AdministrativeUnit? _scope;
    private readonly char[] _chars;
    private readonly SearchToken[] _tokens;

    private OrganizationNameParser(OrganizationRegistry registry, string text, LocalDate date, UnitCode? within, AdministrativeUnit? scope, char[] chars, SearchToken[] tokens)
    {
        _registry = registry;
        _catalog = registry.Catalog;
        _index = _catalog.SearchIndex;
        _text = text;
        _date = date;
        _within = within;
        _scope = scope;
        _chars = chars;
        _tokens = tokens;
    }

    private enum Outcome
    {
        Found,
        OtherDate,
        Ambiguous,
        Central,
        Failed,
    }

    private string Shown => AttemptedValue.Of(_text);

    /// <summary>Reads <paramref name="text"/> on <paramref name="date"/>, optionally only among units within <paramref name="within"/>. Never throws.</summary>
    internal static OrganizationNameMatch Parse(OrganizationRegistry registry, string? text, LocalDate date, UnitCode? within)
    {
        var given = text ?? string.Empty;
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unrecognized(given, date, OrganizationNameIssues.Required.Create(string.Empty, given));
        }

        if (text.Length > MaximumLength)
        {
            return TooLong(given, date, text.Length, 0);
        }

        var folded = new char[text.Length];
        var sourceIndex = new int[text.Length];
        var length = VietnameseFolding.FoldCore(text, folded, sourceIndex);
        var chars = new char[length];
        var tokens = new SearchToken[length + 1];
        var count = SearchTokenizer.Tokenize(folded.AsSpan(0, length), sourceIndex.AsSpan(0, length), chars, tokens);
        if (count > MaximumWords)
        {
            return TooLong(given, date, text.Length, count);
        }

        if (count <= 0)
        {
            return Unrecognized(given, date, OrganizationNameIssues.UnknownKind.Create(string.Empty, AttemptedValue.Of(given), new IssueArgument("text", AttemptedValue.Of(given))));
        }

        AdministrativeUnit? scope = null;
        if (within is { } code && (code.IsDefault || (scope = registry.Catalog.Find(code, date)) is null))
        {
            var shown = code.IsDefault ? "(default)" : code.ToString();
            var issue = OrganizationNameIssues.ScopeNotFound.Create(string.Empty, shown, new("code", shown), new("date", Format(date)));
            return new OrganizationNameMatch(given, date, OrganizationNameStatus.NotFound, null, null, null, null, null, null, null, null, [], issue);
        }

        var parser = new OrganizationNameParser(registry, text, date, within, scope, chars, tokens[..count]);
        return parser.Read();
    }

    private static OrganizationNameMatch Unrecognized(string text, LocalDate date, ValidationIssue issue) =>
        new(text, date, OrganizationNameStatus.Unrecognized, null, null, null, null, null, null, null, null, [], issue);

    private static OrganizationNameMatch TooLong(string text, LocalDate date, int length, int words) =>
        Unrecognized(text, date, OrganizationNameIssues.TooLong.Create(
            string.Empty, AttemptedValue.Of(text), new("length", length.ToString(CultureInfo.InvariantCulture)),
            new("words", words.ToString(CultureInfo.InvariantCulture)), new("maximum", MaximumLength.ToString(CultureInfo.InvariantCulture)),
            new("maximumWords", MaximumWords.ToString(CultureInfo.InvariantCulture))));

    private static string Format(LocalDate date) => LocalDateJsonConverter.Format(date);

    private OrganizationNameMatch Read()
    {
        var reading = Added() ?? Body(0, _tokens.Length, delegations: true, depth: 0);
        return new OrganizationNameMatch(
            _text, _date, reading.Status, reading.Kind, reading.Level, reading.Unit, reading.Number, reading.Locality, reading.Organization,
            reading.ConvenerKind, reading.Convener, reading.Alternatives, reading.Issue, reading.SuggestedDate);
    }

    // A body added to the registry under its own name ("Đoàn Kiểm tra số 3 Thành ủy Hà Nội", or a real name that differs
    // from the composed one) is read by that name first.
    private Reading? Added()
    {
        Span<char> key = stackalloc char[MaximumLength * 2];
        if (Key(0, _tokens.Length, key) is not { } length)
        {
            return null;
        }

        Reading? found = null;
        foreach (var body in _registry.AddedNamed(key[..length]))
        {
            if (!body.IsValidOn(_date))
            {
                continue;
            }

            AdministrativeUnit? unit = null;
            if (body.Unit is { } code && ((unit = _catalog.Find(code, _date)) is null || (_scope is not null && !IsWithin(unit, _scope, _date))))
            {
                continue;
            }

            if (found is not null)
            {
                // Two added bodies of one name: the name alone does not tell them apart.
                found.Status = OrganizationNameStatus.Ambiguous;
                found.Organization = null;
                found.Convener = null;
                if (unit is not null && !found.Alternatives.Contains(unit))
                {
                    found.Alternatives.Add(unit);
                }

                found.Issue = AmbiguousIssue(Shown, found.Alternatives, _date);
                continue;
            }

            var info = OrganizationKinds.Get(body.Kind);
            var underParent = info.Style is NameStyle.UnderCommittee or NameStyle.Delegation;
            found = new Reading
            {
                Status = OrganizationNameStatus.Resolved,
                Kind = body.Kind,
                Unit = unit,
                Level = unit is null ? OrganizationLevel.Central
                    : OrganizationNamePhrases.FormOf(info) == NameForm.Locality ? OrganizationLevel.Grassroots : OrganizationRegistry.LevelOf(unit),
                Number = body.Number,
                Locality = body.Locality,
                Organization = body,
                ConvenerKind = underParent ? body.ParentId?.Kind : null,
                Convener = underParent && body.ParentId is { } parent ? _registry.Find(parent) : null,
            };
            if (unit is not null)
            {
                found.Alternatives.Add(unit);
            }
        }

        if (found is { Status: OrganizationNameStatus.Resolved })
        {
            found.Alternatives.Clear();
        }

        return found;
    }

    private Reading Body(int start, int end, bool delegations, int depth)
    {
        Span<char> key = stackalloc char[MaximumLength * 2];
        if (Key(start, end, key) is { } length && OrganizationNamePhrases.TryCentral(key[..length], out var central))
        {
            return Central(central);
        }

        // "Trung ương Hội Nông dân Việt Nam", "Trung ương Đoàn": the central body of the kind named after it.
        if (depth < MaximumDepth && end - start > 2 && Word(start) is "trung" && Word(start + 1) is "uong")
        {
            var inner = Body(start + 2, end, delegations: false, depth + 1);
            if (inner.Kind is { } kind && (inner.Level == OrganizationLevel.Central || inner.NamesNoUnit) &&
                OrganizationKinds.Get(kind).PresenceAt(OrganizationLevel.Central) is not null)
            {
                return Central(kind);
            }
        }

        Reading? best = null;
        foreach (var phrase in OrganizationNamePhrases.StartingWith(Word(start)))
        {
            if ((!delegations && phrase.Form == NameForm.Delegation) || !Matches(phrase, start, end))
            {
                continue;
            }

            var reading = Form(phrase, start + phrase.Words.Length, end, depth);
            if (reading.Status == OrganizationNameStatus.Resolved)
            {
                return reading;
            }

            if (best is null || reading.Status < best.Status)
            {
                best = reading;
            }
        }

        return best ?? new Reading
        {
            Status = OrganizationNameStatus.Unrecognized,
            Issue = OrganizationNameIssues.UnknownKind.Create(string.Empty, Shown, new IssueArgument("text", Shown)),
        };
    }

    private Reading Form(NamePhrase phrase, int start, int end, int depth)
    {
        var kind = phrase.Kind;
        if (start == end)
        {
            return Missing(kind);
        }

        switch (phrase.Form)
        {
            case NameForm.Committee:
                return Complete(kind, Unit(kind, start, end, phrase.UnitKinds, bare: true, grassroots: false));
            case NameForm.CommuneCommittee:
                return Complete(kind, Unit(kind, start, end, phrase.UnitKinds, bare: false, grassroots: false));
            case NameForm.UnderCommittee:
                return UnderCommittee(kind, start, end);
            case NameForm.OfUnit:
                return IsCentral(start, end, country: true)
                    ? Central(kind)
                    : Complete(kind, Unit(kind, start, end, LevelKinds(kind), bare: false, grassroots: false));
            case NameForm.Locality:
                return Locality(kind, start, end);
            default:
                return Delegation(kind, start, end, depth);
        }
    }

    // "Ban Dân vận Huyện ủy Thường Tín": the committee's name after the commission's; "Ban Dân vận Trung ương".
    private Reading UnderCommittee(OrganizationKind kind, int start, int end)
    {
        if (IsCentral(start, end, country: false))
        {
            return Central(kind);
        }

        Reading? best = null;
        foreach (var phrase in OrganizationNamePhrases.StartingWith(Word(start)))
        {
            if (phrase.Kind != OrganizationKind.PartyCommittee || phrase.Form is NameForm.Delegation || !Matches(phrase, start, end))
            {
                continue;
            }

            var committee = Form(phrase, start + phrase.Words.Length, end, MaximumDepth);
            var reading = committee.Place is { } place ? Complete(kind, place) : committee.WithKind(kind);
            reading.ConvenerKind = OrganizationKind.PartyCommittee;
            reading.Convener = reading.Status == OrganizationNameStatus.Resolved ? committee.Organization : null;
            if (reading.Status == OrganizationNameStatus.Resolved)
            {
                return reading;
            }

            if (best is null || reading.Status < best.Status)
            {
                best = reading;
            }
        }

        // "Ban Dân vận huyện Thường Tín": the unit in running text, as other bodies name it.
        return best ?? Complete(kind, Unit(kind, start, end, LevelKinds(kind), bare: false, grassroots: false));
    }

    // "Ban công tác Mặt trận thôn Đông", "Chi bộ thôn Đông, xã Quang Sơn": the locality, then maybe its commune.
    private Reading Locality(OrganizationKind kind, int start, int end)
    {
        var split = -1;
        for (var i = start; i < end && split < 0; i++)
        {
            if (IsKindAt(i) || (i > start && _tokens[i].Part != _tokens[i - 1].Part))
            {
                split = i;
            }
        }

        var locality = split == start ? null : VietnameseNormalization.Normalize(Source(start, split < 0 ? end : split));
        if (split >= 0)
        {
            var found = Complete(kind, Unit(kind, split, end, OrganizationNamePhrases.CommuneKinds, bare: false, grassroots: true), locality: locality);
            found.Locality = locality;
            return found;
        }

        if (_scope is { Level: AdministrativeLevel.Commune } commune)
        {
            return Complete(kind, Place.Found(commune, grassroots: true), locality: locality);
        }

        var info = OrganizationKinds.Get(kind);
        return new Reading
        {
            Status = OrganizationNameStatus.LocalityOnly,
            Kind = kind,
            Level = OrganizationLevel.Grassroots,
            Locality = locality,
            Issue = OrganizationNameIssues.LocalityOnly.Create(
                string.Empty, Shown, new("text", Shown), new("kind", info.EnglishName), new("kindVi", info.VietnameseName), new("locality", AttemptedValue.Of(locality))),
        };
    }

    // "Đoàn Kiểm tra số 3 Thành ủy Hà Nội": "số N", maybe "của", then the body that set it up (or a unit in running text).
    private Reading Delegation(OrganizationKind kind, int start, int end, int depth)
    {
        int? number = null;
        var numberAt = -1;
        if (Word(start) is "so" && start + 1 < end && IsNumber(start + 1))
        {
            numberAt = start + 1;
        }
        else if (IsNumber(start) && start + 1 < end)
        {
            numberAt = start;
        }

        if (numberAt >= 0)
        {
            var digits = Word(numberAt);
            if (digits.Length > 5 || !int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value is < 1 or > MaximumNumber)
            {
                var shown = AttemptedValue.Of(Source(numberAt, numberAt + 1));
                return new Reading
                {
                    Status = OrganizationNameStatus.NotFound,
                    Kind = kind,
                    Issue = OrganizationNameIssues.InvalidNumber.Create(string.Empty, shown, new("number", shown), new("maximum", MaximumNumber.ToString(CultureInfo.InvariantCulture))),
                };
            }

            number = value;
            start = numberAt + 1;
        }

        if (start < end && Word(start) is "cua")
        {
            start++;
        }

        if (start == end)
        {
            var missing = Missing(kind);
            missing.Number = number;
            return missing;
        }

        var convener = depth < MaximumDepth ? Body(start, end, delegations: false, depth + 1) : null;
        Reading reading;
        if (convener is null || convener.Status == OrganizationNameStatus.Unrecognized)
        {
            reading = Complete(kind, Unit(kind, start, end, LevelKinds(kind), bare: false, grassroots: false), number);
        }
        else
        {
            reading = convener.Status == OrganizationNameStatus.Resolved && convener.Place is { } place
                ? Complete(kind, place, number, convener: convener.Organization)
                : convener.WithKind(kind);
            reading.ConvenerKind = convener.Kind;
            reading.Convener = reading.Status == OrganizationNameStatus.Resolved ? convener.Organization : null;
        }

        reading.Number = number;
        return reading;
    }

    // A central body; a central commission belongs to the Central Committee.
    private Reading Central(OrganizationKind kind)
    {
        var reading = Complete(kind, Place.Central);
        if (OrganizationKinds.Get(kind).Style == NameStyle.UnderCommittee)
        {
            reading.ConvenerKind = OrganizationKind.CentralCommittee;
            reading.Convener = reading.Status == OrganizationNameStatus.Resolved ? _registry.FindCentral(OrganizationKind.CentralCommittee, _date) : null;
        }

        return reading;
    }

    private Reading Missing(OrganizationKind kind)
    {
        var info = OrganizationKinds.Get(kind);
        return new Reading
        {
            Status = OrganizationNameStatus.NotFound,
            Kind = kind,
            NamesNoUnit = true,
            Issue = OrganizationNameIssues.MissingUnit.Create(string.Empty, Shown, new("text", Shown), new("kind", info.EnglishName), new("kindVi", info.VietnameseName)),
        };
    }

    /// <summary>What the name says of <paramref name="kind"/> at the place found: whether the kind exists there on the date, and the body.</summary>
    private Reading Complete(OrganizationKind kind, Place place, int? number = null, string? locality = null, Organization? convener = null)
    {
        var info = OrganizationKinds.Get(kind);
        var reading = new Reading { Kind = kind, Place = place, Number = number, Locality = locality };
        if (place.Outcome == Outcome.Failed)
        {
            reading.Status = place.FailedStatus;
            reading.Issue = place.Issue;
            reading.Alternatives.AddRange(place.Units);
            return reading;
        }

        var unit = place.Unit ?? (place.Units.Count > 0 ? place.Units[0] : null);
        var level = place.Outcome == Outcome.Central ? OrganizationLevel.Central
            : place.Grassroots ? OrganizationLevel.Grassroots
            : OrganizationRegistry.LevelOf(unit!);
        reading.Level = level;
        reading.Unit = place.Unit;
        if (place.Outcome == Outcome.Ambiguous || (place.Outcome == Outcome.OtherDate && place.Unit is null))
        {
            reading.Alternatives.AddRange(place.Units);
        }

        var presence = info.PresenceAt(level);
        if (presence is null)
        {
            reading.Status = OrganizationNameStatus.KindNotAtLevel;
            reading.Issue = KindNotAtLevel(info, level, unit);
            return reading;
        }

        if (place.Outcome == Outcome.OtherDate)
        {
            reading.Status = OrganizationNameStatus.NotValidOnDate;
            reading.SuggestedDate = presence.Covers(place.OtherDate) ? place.OtherDate : Boundary(presence, place.OtherDate, unit);
            reading.Issue = UnitNotOnDate(info, level, presence, unit!, place.Unit is null ? place.Units.Count : 1, place.OtherDate, reading.SuggestedDate);
            return reading;
        }

        if (!presence.Covers(_date))
        {
            reading.Status = OrganizationNameStatus.NotValidOnDate;
            reading.SuggestedDate = Boundary(presence, _date, place.Outcome == Outcome.Central ? null : unit);
            reading.Issue = KindNotOnDate(info, level, presence, place.Outcome == Outcome.Found ? unit : null, place.Outcome == Outcome.Central);
            return reading;
        }

        if (place.Outcome == Outcome.Ambiguous)
        {
            reading.Status = OrganizationNameStatus.Ambiguous;
            reading.Issue = place.Issue;
            return reading;
        }

        reading.Status = OrganizationNameStatus.Resolved;
        reading.Issue = place.Issue;
        reading.Organization = Body(kind, place.Unit, presence, number, locality, convener);
        return reading;
    }

    // The body the registry holds for what was read: the materialised standing body, or one added with that number,
    // locality and convener.
    private Organization? Body(OrganizationKind kind, AdministrativeUnit? unit, KindPresence presence, int? number, string? locality, Organization? convener)
    {
        if (number is null && locality is null && convener is null && presence.IsStanding && unit is not null)
        {
            return _registry.Find(kind, unit.Code, _date);
        }

        if (unit is null && number is null && locality is null && convener is null && OrganizationKinds.Get(kind).CentralName is not null)
        {
            return _registry.FindCentral(kind, _date);
        }

        return _registry.FindAdded(kind, unit?.Code, _date, number, locality, convener?.Id);
    }

    // The day the kind's period at that level ends (or begins) on the side of `date`, when the unit exists then.
    private static LocalDate? Boundary(KindPresence presence, LocalDate date, AdministrativeUnit? unit)
    {
        LocalDate? day = presence.Until is { } until && date > until ? until : presence.From is { } from && date < from ? from : null;
        return day is { } d && (unit is null || unit.IsValidOn(d)) ? d : null;
    }
}
