import { serviceEnvironment } from "./service-environment";

describe("the services' environment under npm start", () => {
  it("runs in production mode unless the user chose a mode", () => {
    expect(serviceEnvironment({ PATH: "/bin" }, { HUB_DATA_DIR: "/data" })).toEqual({ PATH: "/bin", NODE_ENV: "production", HUB_DATA_DIR: "/data" });
    expect(serviceEnvironment({ NODE_ENV: "development" }, {}).NODE_ENV).toBe("development");
  });

  it("passes what the supervisor decided over what the user's environment says", () => {
    expect(serviceEnvironment({ DATABASE_URL: "" }, { DATABASE_URL: "postgres://embedded" }).DATABASE_URL).toBe("postgres://embedded");
  });
});
