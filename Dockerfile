# Termine in a container: the same `dotnet publish` as the tested published folder
# (tests/Termine.Bot.Tests/Deployment), in a non-root runtime image. Not built in CI (no registry is reachable there);
# see docs/OPERATIONS.md, "Install". Build: docker build -t termine .

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
# The web chat bundle comes from npm at build time (webchat/WebChat.targets runs `npm ci`).
RUN apt-get update \
 && apt-get install -y --no-install-recommends nodejs npm \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN dotnet publish bot -c Release -o /app -nologo

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app .
# The data folder (SQLite file, mail pickup folder) is the only writable place; mount a volume on it.
RUN mkdir -p /var/lib/termine && chown "$APP_UID" /var/lib/termine
VOLUME /var/lib/termine
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    ConnectionStrings__Termine="Data Source=/var/lib/termine/termine.db" \
    Termine__Mail__PickupDirectory=/var/lib/termine/mail-pickup
# APP_UID is the non-root user the .NET images ship ("app", 1654).
USER $APP_UID
EXPOSE 8080
# The aspnet image has neither curl nor wget: the check uses bash's /dev/tcp to ask /health/ready for a 200.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
  CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.1\\r\\nHost: localhost\\r\\nConnection: close\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "Termine.Bot.dll"]
