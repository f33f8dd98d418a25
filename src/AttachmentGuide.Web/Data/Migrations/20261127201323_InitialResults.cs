using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AttachmentGuide.Web.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialResults : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Results",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", unicode: false, maxLength: 22, nullable: false),
                    QuizVersion = table.Column<string>(type: "TEXT", unicode: false, maxLength: 16, nullable: false),
                    CreatedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Answers = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    AnxietyScore = table.Column<double>(type: "REAL", nullable: false),
                    AvoidanceScore = table.Column<double>(type: "REAL", nullable: false),
                    Pattern = table.Column<string>(type: "TEXT", unicode: false, maxLength: 64, nullable: false),
                    DeleteTokenHash = table.Column<byte[]>(type: "BLOB", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Results", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Results_QuizVersion",
                table: "Results",
                column: "QuizVersion");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Results");
        }
    }
}
