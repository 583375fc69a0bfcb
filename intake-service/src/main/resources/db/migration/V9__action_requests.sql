-- What an action request says: the problem, the place of service, the product, and the order it is linked to.
ALTER TABLE customer_request
    ADD COLUMN problem_code          text,
    ADD COLUMN place_street          text,
    ADD COLUMN place_number          text,
    ADD COLUMN place_complement      text,
    ADD COLUMN place_district        text,
    ADD COLUMN place_city            text,
    ADD COLUMN place_state           text,
    ADD COLUMN place_cep             text,
    ADD COLUMN action_description    text,
    ADD COLUMN product_brand         text,
    ADD COLUMN product_model         text,
    ADD COLUMN product_serial_number text,
    ADD COLUMN product_purchase_date date,
    ADD COLUMN order_id              uuid;
