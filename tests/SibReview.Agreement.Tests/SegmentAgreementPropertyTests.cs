using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace SibReview.Agreement.Tests;

/// <summary>A short document and two coders' segments at one theme; segments may overlap, touch or be empty.</summary>
public sealed record TwoCoderSegments(int Length, SegmentSpan[] CoderA, SegmentSpan[] CoderB)
{
    public override string ToString() =>
        $"length {Length}; A {string.Join(' ', CoderA.Select(s => $"[{s.Start},{s.End})"))}; B {string.Join(' ', CoderB.Select(s => $"[{s.Start},{s.End})"))}";
}

public static class SegmentGenerators
{
    public static Arbitrary<TwoCoderSegments> Segments()
    {
        static Gen<SegmentSpan[]> Spans(int length) =>
            from count in Gen.Choose(0, 6)
            from spans in Gen.ArrayOf(
                from x in Gen.Choose(0, length)
                from y in Gen.Choose(0, length)
                select new SegmentSpan(Math.Min(x, y), Math.Max(x, y)), count)
            select spans;
        return Arb.From(
            from length in Gen.Frequency((1, Gen.Constant(0)), (9, Gen.Choose(1, 60)))
            from a in Spans(length)
            from b in Spans(length)
            select new TwoCoderSegments(length, a, b));
    }
}

/// <summary>Segment agreement against a per-character count, and its symmetries (FsCheck 3).</summary>
[Properties(Arbitrary = [typeof(SegmentGenerators)], MaxTest = 500)]
public class SegmentAgreementPropertyTests
{
    private static bool[] Characters(int length, SegmentSpan[] spans)
    {
        var coded = new bool[length];
        foreach (var s in spans)
            for (int i = s.Start; i < s.End; i++) coded[i] = true;
        return coded;
    }

    [Property]
    public Property Counts_and_kappa_equal_a_character_by_character_count(TwoCoderSegments s)
    {
        var r = SegmentAgreement.Compute(s.Length, s.CoderA, s.CoderB);
        var a = Characters(s.Length, s.CoderA);
        var b = Characters(s.Length, s.CoderB);
        int onlyA = 0, onlyB = 0, both = 0, neither = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (a[i] && b[i]) both++;
            else if (a[i]) onlyA++;
            else if (b[i]) onlyB++;
            else neither++;
        }
        double n = s.Length, pa = (both + onlyA) / n, pb = (both + onlyB) / n;
        double po = (both + neither) / n, pe = pa * pb + (1 - pa) * (1 - pb);
        double kappa = onlyA + onlyB == 0 ? 1 : (po - pe) / (1 - pe);
        return (r.CodedByBoth == both && r.CodedByCoderAOnly == onlyA && r.CodedByCoderBOnly == onlyB
            && r.CodedByNeither == neither && Math.Abs(r.Kappa - kappa) < 1e-12
            && (s.Length == 0 || Math.Abs(r.Agreement - po) < 1e-15)).Label(r.ToString());
    }

    [Property]
    public Property Swapping_the_coders_or_reordering_their_segments_changes_only_the_names(TwoCoderSegments s)
    {
        var r = SegmentAgreement.Compute(s.Length, s.CoderA, s.CoderB);
        var swapped = SegmentAgreement.Compute(s.Length, s.CoderB.Reverse(), s.CoderA.Reverse());
        return (r.Kappa == swapped.Kappa && r.Agreement == swapped.Agreement && r.CodedByBoth == swapped.CodedByBoth
            && r.CodedByCoderAOnly == swapped.CodedByCoderBOnly && r.CodedByCoderBOnly == swapped.CodedByCoderAOnly)
            .Label($"{r} vs {swapped}");
    }

    [Property]
    public Property Kappa_and_agreement_are_bounded_and_never_NaN(TwoCoderSegments s)
    {
        var r = SegmentAgreement.Compute(s.Length, s.CoderA, s.CoderB);
        return (r.Kappa is >= -1 and <= 1 && r.Agreement is >= 0 and <= 1 && r.ExpectedAgreement is >= 0 and <= 1)
            .Label(r.ToString());
    }
}
