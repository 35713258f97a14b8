using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Termine.Bot.State.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialBotState : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BotStateItems",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotStateItems", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ChannelId = table.Column<string>(type: "text", nullable: false),
                    ConversationId = table.Column<string>(type: "text", nullable: false),
                    ActivityId = table.Column<string>(type: "text", nullable: true),
                    Timestamp = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TranscriptActivities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptActivities_ChannelId_ConversationId_Timestamp",
                table: "TranscriptActivities",
                columns: new[] { "ChannelId", "ConversationId", "Timestamp" });

            migrationBuilder.CreateIndex(
                name: "IX_TranscriptActivities_ChannelId_Timestamp",
                table: "TranscriptActivities",
                columns: new[] { "ChannelId", "Timestamp" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BotStateItems");

            migrationBuilder.DropTable(
                name: "TranscriptActivities");
        }
    }
}
