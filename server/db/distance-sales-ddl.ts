/**
 * Migration 220: each store's EU distance sales per calendar year (store time zone), kept by
 * triggers in the transaction that writes an order, so the OSS threshold (VAT.md) is one indexed
 * read instead of summing a year of orders on every checkout, manual order and import.
 *
 * An order counts with its net total when it is not deleted, not a draft, not cancelled and its VAT
 * treatment is an EU distance sale (`origin_distance_sale`, `oss_destination`), in the year of its
 * `createdAt` in the store's time zone. Every write of an order row (any code path, also plain SQL)
 * moves its old contribution out and its new one in. The time zone comes from the store's invoice
 * settings; a change of it (or of the store's first settings) recounts that store. A zone PostgreSQL
 * does not know counts as UTC instead of failing the order write.
 */
export const distanceSalesStatements: readonly string[] = [
  `CREATE TABLE distance_sales (
     store_id uuid NOT NULL,
     year int NOT NULL,
     net_cents bigint NOT NULL,
     PRIMARY KEY (store_id, year)
   )`,
  `CREATE TABLE distance_sales_zone (store_id uuid PRIMARY KEY, time_zone text NOT NULL)`,
  `CREATE FUNCTION distance_sale_net(d jsonb, is_deleted boolean) RETURNS bigint LANGUAGE sql IMMUTABLE AS $$
     SELECT CASE
       WHEN NOT is_deleted
        AND COALESCE(d->>'draft', 'false') <> 'true'
        AND d->>'status' IS DISTINCT FROM 'cancelled'
        AND d->>'vatTreatment' IN ('origin_distance_sale', 'oss_destination')
       THEN COALESCE((d->'totals'->>'net')::bigint, 0)
       ELSE 0
     END
   $$`,
  `CREATE FUNCTION distance_sale_zone(p_store uuid) RETURNS text LANGUAGE sql STABLE AS $$
     SELECT COALESCE((SELECT time_zone FROM distance_sales_zone WHERE store_id = p_store), 'Europe/Berlin')
   $$`,
  `CREATE FUNCTION distance_sale_year(created_at text, zone text) RETURNS int LANGUAGE sql STABLE AS $$
     SELECT EXTRACT(year FROM (created_at::timestamptz AT TIME ZONE zone))::int
   $$`,
  `CREATE FUNCTION add_distance_sale(p_store uuid, p_year int, p_net bigint) RETURNS void LANGUAGE sql AS $$
     INSERT INTO distance_sales (store_id, year, net_cents) VALUES (p_store, p_year, p_net)
     ON CONFLICT (store_id, year) DO UPDATE SET net_cents = distance_sales.net_cents + EXCLUDED.net_cents
   $$`,
  `CREATE FUNCTION recount_distance_sales(p_store uuid) RETURNS void LANGUAGE plpgsql AS $$
     DECLARE
       wanted text;
       zone text := 'UTC';
     BEGIN
       SELECT COALESCE(data->>'timeZone', 'Europe/Berlin') INTO wanted
         FROM docs WHERE collection = 'invoice_settings' AND id = p_store;
       wanted := COALESCE(wanted, 'Europe/Berlin');
       IF EXISTS (SELECT 1 FROM pg_timezone_names WHERE name = wanted) THEN zone := wanted; END IF;
       INSERT INTO distance_sales_zone (store_id, time_zone) VALUES (p_store, zone)
         ON CONFLICT (store_id) DO UPDATE SET time_zone = EXCLUDED.time_zone;
       DELETE FROM distance_sales WHERE store_id = p_store;
       INSERT INTO distance_sales (store_id, year, net_cents)
         SELECT p_store, distance_sale_year(data->>'createdAt', zone), SUM(distance_sale_net(data, deleted))
           FROM docs
          WHERE collection = 'orders' AND store_id = p_store AND distance_sale_net(data, deleted) <> 0
          GROUP BY 2;
     END
   $$`,
  `CREATE FUNCTION track_distance_sales() RETURNS trigger LANGUAGE plpgsql AS $$
     DECLARE
       old_net bigint := 0;
       new_net bigint := 0;
       zone text;
     BEGIN
       IF TG_OP <> 'INSERT' THEN old_net := distance_sale_net(OLD.data, OLD.deleted); END IF;
       IF TG_OP <> 'DELETE' THEN new_net := distance_sale_net(NEW.data, NEW.deleted); END IF;
       IF old_net = 0 AND new_net = 0 THEN RETURN NULL; END IF;
       IF old_net <> 0 THEN
         zone := distance_sale_zone(OLD.store_id);
         PERFORM add_distance_sale(OLD.store_id, distance_sale_year(OLD.data->>'createdAt', zone), -old_net);
       END IF;
       IF new_net <> 0 THEN
         zone := distance_sale_zone(NEW.store_id);
         PERFORM add_distance_sale(NEW.store_id, distance_sale_year(NEW.data->>'createdAt', zone), new_net);
       END IF;
       RETURN NULL;
     END
   $$`,
  `CREATE TRIGGER docs_distance_sales_write AFTER INSERT OR UPDATE ON docs
     FOR EACH ROW WHEN (NEW.collection = 'orders') EXECUTE FUNCTION track_distance_sales()`,
  `CREATE TRIGGER docs_distance_sales_delete AFTER DELETE ON docs
     FOR EACH ROW WHEN (OLD.collection = 'orders') EXECUTE FUNCTION track_distance_sales()`,
  `CREATE FUNCTION recount_distance_sales_on_zone() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       IF TG_OP = 'INSERT' OR OLD.data->>'timeZone' IS DISTINCT FROM NEW.data->>'timeZone' THEN
         PERFORM recount_distance_sales(NEW.id);
       END IF;
       RETURN NULL;
     END
   $$`,
  `CREATE TRIGGER docs_distance_sales_zone AFTER INSERT OR UPDATE ON docs
     FOR EACH ROW WHEN (NEW.collection = 'invoice_settings') EXECUTE FUNCTION recount_distance_sales_on_zone()`,
  `SELECT recount_distance_sales(id) FROM stores`,
];
