// Uses the packed library as a portal would, and checks the package's contents. Exit code 1 on any surprise.
using System.IO.Compression;
using DanVan.Domain.Administration;
using DanVan.Domain.Metrics;
using DanVan.Domain.Organizations;
using DanVan.Domain.Regulations;
using DanVan.Domain.Serialization;
using DanVan.Domain.Text;
using DanVan.Domain.Validation;

var failures = new List<string>();
void Check(bool ok, string what)
{
    Console.WriteLine((ok ? "ok   " : "FAIL ") + what);
    if (!ok)
    {
        failures.Add(what);
    }
}

Check(VietnameseFolding.Fold("Xã Quang Sơn, huyện Lập Thạch") == "xa quang son, huyen lap thach", "folding");
Check(VietnameseNormalization.Normalize("Thuỵ Hoà") == "Thụy Hòa", "normalisation");
var figure = ReportedNumber.Parse("hơn 1.170.000");
Check(figure.Value == 1_170_000m && figure.Qualifier == NumberQualifier.MoreThan, "report numbers");
Check(!ReportedNumber.TryParse("1,170,000", out _, out var error) && error!.Code.Area == 1, "number errors are coded");
Check(VietnameseDate.Parse("Thứ Năm, 30/12/2021") == new PartialDate(2021, 12, 30), "Vietnamese dates");
Check(!VietnameseDate.TryParse("31/2/2020", out _, out var dateError) && dateError.Code.ToString() == "DV1203", "impossible dates are coded errors");
var result = new TextValidator(maximumLength: 20).Validate("  Ban Dân vận  ", "name");
var json = DanVanJson.Serialize(result);
Check(json.Contains("\"code\":\"DV1004\"", StringComparison.Ordinal) && DanVanJson.Deserialize<ValidationResult>(json) == result, "validation JSON round-trip");

var number = DocumentNumber.Parse("Số: 290-QD/TW");
Check(number.ToString() == "290-QĐ/TW" && !DocumentNumber.TryParse("290-QĐ-TW", out _, out var numberError) && numberError.Code.ToString() == "DV4005", "document numbers, lenient and ambiguous");
var rules = RegulationCatalog.Default.Find(number);
Check(rules is not null && RegulationCatalog.Default.Current(rules).Number.ToString() == "23-QĐ/TW", "the embedded regulation catalog loads from the package");
var references = ReferenceExtractor.Default.FindAll("thực hiện Quyết định 217, 218 của Bộ Chính trị");
Check(references.Count == 2 && references[1].Regulation?.Number.ToString() == "218-QĐ/TW", "references in prose");

var units = AdministrativeCatalog.Default;
var benNghe = units.Find(UnitCode.Parse("26740", null), new NodaTime.LocalDate(2020, 3, 26));
Check(benNghe?.FullName == "Phường Bến Nghé", "the embedded administrative catalog loads from the package");
IReadOnlyList<LinkedUnit> covering = benNghe is null ? [] : units.Translate(benNghe, new NodaTime.LocalDate(2026, 1, 1));
Check(covering.Count == 1 && covering[0].Unit.FullName == "Phường Sài Gòn" && covering[0].Coverage == Coverage.Whole, "Bến Nghé (2020) is Phường Sài Gòn, whole, on 2026-01-01");
Check(
    units.AllAt(new NodaTime.LocalDate(2025, 6, 30), AdministrativeLevel.Province).Count == 63 && units.AllAt(new NodaTime.LocalDate(2025, 7, 1), AdministrativeLevel.Province).Count == 34,
    "63 provinces on 2025-06-30, 34 from 2025-07-01");
var stale = AdministrativeValidator.Default.ValidateReference(UnitCode.Parse("279", null), new NodaTime.LocalDate(2026, 1, 1), "address.district");
Check(stale.Errors.Count == 1 && stale.Errors[0].Code.ToString() == "DV2106" && stale.Errors[0].EnglishMessage.Contains("Huyện Thường Tín until 2025-06-30", StringComparison.Ordinal), "a stale district code is DV2106 with its history");
var oldDay = new NodaTime.LocalDate(2025, 6, 30);
var found = units.Search("huyen lap thach", oldDay);
Check(found.Count > 0 && found[0].Unit.Code == UnitCode.Parse("246", null), "search without diacritics finds Huyện Lập Thạch");
var address = units.ParseAddress("p.15, q.11, tp hcm", oldDay);
Check(address.Status == AddressMatchStatus.Resolved && address.Units.Count == 3 && address.Units[^1].FullName == "Phường 15", "an abbreviated address parses to its three units");
var moved = units.TranslateAddress("Xã Quang Sơn, huyện Lập Thạch, tỉnh Vĩnh Phúc", oldDay);
Check(moved.Targets.Count > 0 && moved.Targets.All(t => t.Units[0].Name == "Phú Thọ"), "an old three-level address converts to the new two-level one");

var organizations = OrganizationRegistry.Default;
var inspectionDay = new NodaTime.LocalDate(2020, 3, 26);
var thuongTin = organizations.ForUnit(UnitCode.Parse("279", null), inspectionDay);
Check(thuongTin.Count == 13 && thuongTin.Any(body => body.Name == "Ban Dân vận Huyện ủy Thường Tín"), "the bodies of huyện Thường Tín on 2020-03-26 are materialised from the packed catalog");
var area = organizations.ForArea(UnitCode.Parse("279", null), inspectionDay, new NodaTime.LocalDate(2025, 7, 1));
Check(area.Any(linked => linked.Organization.Name == "Đảng ủy xã Thường Tín"), "the same area on 2025-07-01 has Đảng ủy xã Thường Tín");
Check(organizations.FindCentral(OrganizationKind.PropagandaAndDanVanCommission, new NodaTime.LocalDate(2025, 2, 3))?.Name == "Ban Tuyên giáo và Dân vận Trung ương", "the central merger is built in");

var year = ReportingPeriod.CalendarYear(2024);
var figures = new ObservationSetBuilder()
    .Add(BuiltInMetrics.PetitionsReceived, ObservationSubject.Of(UnitCode.Parse("246", null)), year, 79m)
    .AddRatio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("246", null)), year, 176m, 221m)
    .AddRatio(BuiltInMetrics.PetitionsResolutionRate, ObservationSubject.Of(UnitCode.Parse("150", null)), year, 30m, 40m)
    .Build();
var rolled = MetricAggregator.Default.Aggregate(figures, new AggregationQuery { Level = AdministrativeLevel.Province, AsOf = new NodaTime.LocalDate(2025, 7, 1) });
Check(rolled.Find(BuiltInMetrics.PetitionsReceived, UnitCode.Parse("25", null), year)?.Value == 79m, "2024 district figures add up in the 2025 province (Lập Thạch into Phú Thọ)");
Check(rolled.Find(BuiltInMetrics.PetitionsResolutionRate, UnitCode.Parse("25", null), year)?.Value == 206m * 100m / 261m, "a rate is recomputed from its summed parts");
Check(ReportingPeriod.Parse("2021-Q3", null).ToVietnameseLabel() == "Quý III/2021", "reporting periods parse and print their Vietnamese labels");

using (var package = ZipFile.OpenRead(args[0]))
{
    var entries = package.Entries.Select(entry => entry.FullName).ToHashSet();
    Check(entries.Contains("README.md"), "package carries the README");
    Check(entries.Contains("lib/net10.0/DanVan.Domain.dll") && entries.Contains("lib/net10.0/DanVan.Domain.xml"), "package carries the library and its XML docs");
    var noticesEntry = package.GetEntry("THIRD-PARTY-NOTICES.txt");
    var notices = string.Empty;
    if (noticesEntry is not null)
    {
        using var reader = new StreamReader(noticesEntry.Open());
        notices = reader.ReadToEnd();
    }

    // The catalog is derived from two MIT-licensed sources; each licence asks for its notice to travel with the data.
    Check(
        notices.Contains("dvhcvn-20250701", StringComparison.Ordinal) && notices.Contains("Copyright (c) 2025 dvhcvn", StringComparison.Ordinal) &&
        notices.Contains("thanglequoc-vietnamese-provinces-database", StringComparison.Ordinal) && notices.Contains("Copyright (c) 2021 Thang Le Quoc", StringComparison.Ordinal) &&
        notices.Split("Permission is hereby granted, free of charge").Length == 3,
        "package carries THIRD-PARTY-NOTICES.txt at its root with both MIT notices");
    using var nuspec = new StreamReader(package.Entries.Single(entry => entry.FullName.EndsWith(".nuspec", StringComparison.Ordinal)).Open());
    var manifest = nuspec.ReadToEnd();
    Check(manifest.Contains("<license type=\"expression\">MIT</license>", StringComparison.Ordinal), "MIT licence expression");
    Check(manifest.Contains("<readme>README.md</readme>", StringComparison.Ordinal), "readme declared");
    Check(manifest.Contains("id=\"NodaTime\"", StringComparison.Ordinal), "NodaTime dependency declared");
}

Check(File.Exists(Path.ChangeExtension(args[0], ".snupkg")), "symbols package (.snupkg) produced");
Console.WriteLine(failures.Count == 0 ? "package consumption check passed" : $"package consumption check FAILED: {string.Join("; ", failures)}");
return failures.Count == 0 ? 0 : 1;
