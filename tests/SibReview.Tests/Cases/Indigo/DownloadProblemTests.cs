using System.Text;
using Shouldly;
using SibReview.Cases.Indigo;
using SibReview.Tests.Support;
using Xunit;

namespace SibReview.Tests.Cases.Indigo;

/// <summary>Each way a download can be broken is reported as one problem, "file:line: problem".</summary>
public sealed class DownloadProblemTests : IDisposable
{
    private const string Projects = "key-datasets/original_projects.csv";
    private const string Organisations = "key-datasets/original_orgs.csv";
    private const string Documents = "all-data-by-type/original_projects_documents.csv";
    private const string Sources = "all-data-by-type/original_projects_sources.csv";
    private const string Payments = "all-data-by-type/original_projects_outcome_payments.csv";
    private const string DocumentsHeader = "Project ID,Title - (Value),URL - (Value),Notes\r\n";

    private readonly TempDownload download = new();

    public void Dispose() => download.Dispose();

    [Fact]
    public void A_missing_file_is_a_problem_with_the_file_as_a_whole()
    {
        download.Delete(Sources);

        Problem().ShouldBe("all-data-by-type/original_projects_sources.csv:0: file is missing");
    }

    [Fact]
    public void A_missing_required_column_is_a_problem_on_line_1_naming_the_column()
    {
        download.Write(Documents, "Project ID,Title - (Value),Notes\r\nINDIGO-POJ-0109,A report,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:1: missing required column 'URL - (Value)'");
    }

    [Fact]
    public void A_quoted_field_never_closed_is_a_problem_on_the_line_it_opens()
    {
        download.Write(Documents, DocumentsHeader + "INDIGO-POJ-0109,A report,,\r\nINDIGO-POJ-0109,\"Never closed,,\r\nso the rest is inside it\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:3: quoted field is never closed");
    }

    [Fact]
    public void A_stray_quote_inside_an_unquoted_field_is_a_problem()
    {
        download.Write(Documents, DocumentsHeader + "INDIGO-POJ-0109,The \"Big\" report,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:2: stray quote in an unquoted field");
    }

    [Fact]
    public void Text_right_after_a_closing_quote_is_a_problem()
    {
        download.Write(Documents, DocumentsHeader + "INDIGO-POJ-0109,\"The report\"s,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:2: text after the closing quote of a quoted field");
    }

    [Fact]
    public void An_unknown_project_ID_after_a_field_spanning_three_lines_is_reported_on_its_physical_line()
    {
        download.Write(Documents, DocumentsHeader
            + "INDIGO-POJ-0109,\"A title\r\nover three\nlines\",https://example.org,\"Notes with \"\"quotes\"\", and commas\"\r\n"
            + "INDIGO-POJ-9999,Another report,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:5: unknown project ID INDIGO-POJ-9999");
    }

    [Fact]
    public void An_unknown_project_ID_deep_in_the_shipped_sources_is_reported_on_its_physical_line()
    {
        // The shipped sources file has 2,072 rows on 2,112 lines: quoted fields span lines.
        download.Append(Sources, "INDIGO-POJ-9999,source1,A report,,,,,,,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_sources.csv:2113: unknown project ID INDIGO-POJ-9999");
    }

    [Fact]
    public void A_child_row_without_a_project_ID_is_a_problem()
    {
        download.Write(Documents, DocumentsHeader + ",A report,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:2: missing project ID");
    }

    [Fact]
    public void A_duplicate_project_ID_is_a_problem_naming_the_first_line()
    {
        download.Append(Projects, "INDIGO-POJ-0109" + new string(',', 71) + "\r\n");

        Problem().ShouldBe("key-datasets/original_projects.csv:484: duplicate project ID INDIGO-POJ-0109 (first on line 174)");
    }

    [Fact]
    public void A_duplicate_organisation_ID_is_a_problem_naming_the_first_line()
    {
        download.Append(Organisations, "INDIGO-ORG-0084,Someone else" + new string(',', 11) + "\r\n");

        Problem().ShouldBe("key-datasets/original_orgs.csv:1565: duplicate ID INDIGO-ORG-0084 (first on line 72)");
    }

    [Fact]
    public void A_money_amount_that_is_not_a_number_is_a_problem_naming_the_column()
    {
        download.Write(Payments, File.ReadLines(Path.Combine(download.Directory, Payments)).First() + "\r\n"
            + "INDIGO-POJ-0168,plan1,outcomemetric1,2019-03,2019-06,,,Planned,GBP,abc,,,,\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_outcome_payments.csv:2: 'abc' is not a number in column 'Payments - Amount - (Value)'");
    }

    [Fact]
    public void A_money_amount_with_thousands_separators_is_not_read_as_a_number_in_any_culture()
    {
        download.Replace(Projects, ",1262980,", ",\"1,262,980\",");

        Problem().ShouldBe(
            "key-datasets/original_projects.csv:174: '1,262,980' is not a number in column 'Overall project finance - Maximum potential outcome payment - Amount - (Value)'");
    }

    [Fact]
    public void A_row_with_the_wrong_number_of_fields_is_a_problem()
    {
        download.Write(Documents, DocumentsHeader + "INDIGO-POJ-0109,A report\r\n");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:2: row has 2 fields but the header has 4");
    }

    [Fact]
    public void A_file_that_is_not_UTF8_is_a_problem()
    {
        download.Write(Documents, Encoding.Latin1.GetBytes(DocumentsHeader + "INDIGO-POJ-0109,Évaluation,,\r\n"));

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:0: file is not UTF-8 text");
    }

    [Fact]
    public void An_empty_file_is_a_problem()
    {
        download.Write(Documents, "");

        Problem().ShouldBe("all-data-by-type/original_projects_documents.csv:1: file is empty: no header row");
    }

    [Fact]
    public void A_file_starting_with_a_byte_order_mark_is_read()
    {
        download.Write(Documents, "\uFEFF" + DocumentsHeader + "INDIGO-POJ-0109,A report,https://example.org,\r\n");

        var result = IndigoDownload.Read(download.Directory);

        result.Problem.ShouldBeNull();
        result.Records.Single(record => record.Id == "INDIGO-POJ-0109").Documents.ShouldBe([new IndigoDocument("A report", "https://example.org", null)]);
    }

    [Fact]
    public void A_failed_read_has_no_records_to_give()
    {
        download.Delete(Sources);

        Should.Throw<InvalidOperationException>(() => IndigoDownload.Read(download.Directory).Records);
    }

    private string? Problem() => IndigoDownload.Read(download.Directory).Problem?.ToString();
}
