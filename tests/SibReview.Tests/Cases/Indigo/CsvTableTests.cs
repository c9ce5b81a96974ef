using Shouldly;
using SibReview.Cases.Indigo;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

public class CsvTableTests
{
    [Fact]
    public void Quoted_fields_keep_their_commas_doubled_quotes_and_line_breaks()
    {
        var table = CsvTable.Parse("a,b,c\r\n\"x, y\",\"say \"\"hi\"\"\",\"one\r\ntwo\nthree\"\r\n", "t.csv");

        table.Rows.Single().Fields.ShouldBe(["x, y", "say \"hi\"", "one\r\ntwo\nthree"]);
    }

    [Fact]
    public void Each_row_knows_the_physical_line_it_starts_on()
    {
        var table = CsvTable.Parse("a,b\r\n1,\"multi\nline\"\r\n2,x\r\n\r\n3,\"\"\n4,\r5,y", "t.csv");

        table.Rows.Select(row => (row.Line, row.Fields[0])).ShouldBe([(2, "1"), (4, "2"), (6, "3"), (7, "4"), (8, "5")]);
    }

    [Fact]
    public void An_empty_last_field_and_a_missing_final_line_break_are_fine()
    {
        var table = CsvTable.Parse("a,b\n1,\n2,\"\"", "t.csv");

        table.Rows.Select(row => row.Fields).ShouldBe([["1", ""], ["2", ""]]);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_header()
    {
        var table = CsvTable.Parse("\uFEFFProject ID,Id\nINDIGO-POJ-0001,x\n", "t.csv");

        table.Rows.Single().Text(table.Column("Project ID")).ShouldBe("INDIGO-POJ-0001");
    }

    [Fact]
    public void Text_is_trimmed_and_blank_text_is_null()
    {
        var table = CsvTable.Parse("a,b\n  padded \t,   \n", "t.csv");
        var row = table.Rows.Single();

        row.Text(table.Column("a")).ShouldBe("padded");
        row.Text(table.Column("b")).ShouldBeNull();
    }

    [Theory]
    [InlineData("1262980", "1262980")]
    [InlineData("-12.5", "-12.5")]
    [InlineData(" 9413856.6489215562 ", "9413856.6489215562")]
    [InlineData("", null)]
    public void Numbers_are_read_the_invariant_way(string cell, string? expected)
    {
        var table = CsvTable.Parse($"amount\n\"{cell}\"\n", "t.csv");

        table.Rows.Single().Number(table.Column("amount"))?.ToString(System.Globalization.CultureInfo.InvariantCulture).ShouldBe(expected);
    }

    [Fact]
    public void A_missing_column_is_a_problem_on_line_1()
    {
        var table = CsvTable.Parse("a,b\n1,2\n", "t.csv");

        Should.Throw<IndigoProblemException>(() => table.Column("c")).Problem.ToString().ShouldBe("t.csv:1: missing required column 'c'");
    }

    [Fact]
    public void A_column_named_twice_is_a_problem_on_line_1()
    {
        var table = CsvTable.Parse("a,b,a\n1,2,3\n", "t.csv");

        Should.Throw<IndigoProblemException>(() => table.Column("a")).Problem.ToString().ShouldBe("t.csv:1: column 'a' appears more than once");
    }

    [Theory]
    [InlineData("a,b\n1,\"open\n\n", "t.csv:2: quoted field is never closed")]
    [InlineData("a,b\n1,x\"y\n", "t.csv:2: stray quote in an unquoted field")]
    [InlineData("a,b\n1, \"x\"\n", "t.csv:2: stray quote in an unquoted field")]
    [InlineData("a,b\n\"1\nmore\",\"x\" y\n", "t.csv:3: text after the closing quote of a quoted field")]
    public void Broken_quoting_is_a_problem_on_its_line(string text, string problem)
    {
        Should.Throw<IndigoProblemException>(() => CsvTable.Parse(text, "t.csv")).Problem.ToString().ShouldBe(problem);
    }
}
