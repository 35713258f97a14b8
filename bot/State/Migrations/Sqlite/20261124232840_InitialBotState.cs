using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Termine.Bot.State.Migrations.Sqlite
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
                    Key = table.Column<string>(type: "TEXT", maxLength: 512, nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BotStateItems", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "TranscriptActivities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    ChannelId = table.Column<string>(type: "TEXT", nullable: false),
                    ConversationId = table.Column<string>(type: "TEXT", nullable: false),
                    ActivityId = table.Column<string>(type: "TEXT", nullable: true),
                    Timestamp = table.Column<long>(type: "INTEGER", nullable: false),
                    Json = table.Column<string>(type: "TEXT", nullable: false)
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
