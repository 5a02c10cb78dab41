-- Geography: gebieden (areas) and wijken (CBS neighbourhoods) with their PC4 postcode ranges.
-- Later features (rounds, the register) hang off these rows; they are data, not code.

CREATE TABLE area (
    code        text PRIMARY KEY CHECK (code ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    name        text NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 100)
);

COMMENT ON TABLE area IS 'gebied: part of the municipality with its own gebiedsteam and wijkwethouder';

CREATE TABLE neighbourhood (
    cbs_code    text PRIMARY KEY CHECK (cbs_code ~ '^WK[0-9]{6}$'),
    name        text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    area_code   text NOT NULL REFERENCES area (code),
    population  integer CHECK (population >= 0)
);

CREATE INDEX neighbourhood_area ON neighbourhood (area_code);

COMMENT ON TABLE neighbourhood IS 'wijk: CBS neighbourhood (WK + municipality code + number)';

CREATE TABLE postcode_range (
    id                  bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    neighbourhood_code  text NOT NULL REFERENCES neighbourhood (cbs_code) ON DELETE CASCADE,
    first_pc4           integer NOT NULL CHECK (first_pc4 BETWEEN 1000 AND 9999),
    last_pc4            integer NOT NULL CHECK (last_pc4 BETWEEN 1000 AND 9999),
    pc4                 int4range GENERATED ALWAYS AS (int4range(first_pc4, last_pc4, '[]')) STORED,
    CHECK (first_pc4 <= last_pc4),
    -- A postcode lies in at most one wijk: eligibility in the register depends on it.
    CONSTRAINT postcode_in_one_wijk EXCLUDE USING gist (pc4 WITH &&)
);

CREATE INDEX postcode_range_neighbourhood ON postcode_range (neighbourhood_code);
