-- 100,000 published Portuguese articles for the search benchmark, generated in the database (a few seconds): every
-- appliance of the call centre × brand × symptom, with a body of sentences an article would hold. Run as the
-- knowledge role (its search_path is its schema). Tagged carga-sintetica, so that they are told apart and removed:
--   DELETE FROM article WHERE tags @> '["carga-sintetica"]';
\set ON_ERROR_STOP on
BEGIN;
DELETE FROM article WHERE tags @> '["carga-sintetica"]';

WITH vocabulary AS (
    SELECT ARRAY['Geladeira', 'Refrigerador', 'Freezer', 'Lavadora', 'Máquina de lavar', 'Lava e seca', 'Secadora',
                 'Lava-louças', 'Ar-condicionado', 'Fogão', 'Forno elétrico', 'Cooktop', 'Micro-ondas', 'Televisão',
                 'Smart TV', 'Purificador de água', 'Aspirador de pó', 'Cafeteira', 'Ventilador', 'Coifa',
                 'Adega climatizada', 'Frigobar', 'Air fryer', 'Tanquinho'] AS appliances,
           ARRAY['não liga', 'não gela', 'faz barulho', 'vaza água', 'não esquenta', 'desarma o disjuntor',
                 'mostra código de erro', 'não centrifuga', 'cheira a queimado', 'não seca', 'pinga água',
                 'não conecta ao Wi-Fi', 'fica com a tela escura', 'não fecha a porta', 'pisca a luz do painel',
                 'vibra demais', 'forma gelo', 'não aquece a água', 'desliga sozinho', 'dá choque'] AS symptoms,
           ARRAY['Brastemp', 'Consul', 'Electrolux', 'Samsung', 'LG', 'Philco', 'Midea', 'Panasonic', 'Mondial',
                 'Britânia', 'Arno', 'Fischer', 'Esmaltec', 'Continental', 'Springer', 'Gree'] AS brands,
           ARRAY['Confirme se o aparelho está ligado na tomada e se o disjuntor não desarmou.',
                 'Peça o modelo e o número de série da etiqueta do produto.',
                 'Oriente o cliente a desligar o aparelho da tomada por cinco minutos e religar.',
                 'Verifique se o produto está dentro da garantia legal de noventa dias ou da garantia do fabricante.',
                 'Se o defeito continuar, registre uma solicitação de ação para visita técnica.',
                 'Informe que o orçamento prévio é gratuito e vale por dez dias.',
                 'Pergunte se houve queda de energia ou oscilação de voltagem recentemente.',
                 'A limpeza do filtro resolve a maioria dos casos; o manual mostra onde ele fica.',
                 'Peças originais são encomendadas ao fabricante e chegam em até trinta dias.',
                 'Não oriente o cliente a abrir o aparelho: há risco de choque elétrico.',
                 'Confira a instalação: nivelamento, distância da parede e ventilação.',
                 'O técnico leva as peças mais comuns na primeira visita.',
                 'Agende a visita na janela da manhã ou da tarde, com um adulto no local.',
                 'O pagamento pode ser feito por PIX, cartão ou boleto na conclusão do serviço.',
                 'Leia ao cliente o número de protocolo no início do atendimento.',
                 'Aparelhos ligados na voltagem errada perdem a garantia.'] AS sentences
)
INSERT INTO article (id, kind, status, title, body, steps, phones, url, target_article_id, tags, problem_codes,
                     categories, audience, language, keywords, content, revision, created_at, created_by, updated_at,
                     updated_by, published_at, archived_at, version)
SELECT gen_random_uuid(), 'ANSWER', 'PUBLISHED', t.title, t.body, '[]', '[]', NULL, NULL,
       jsonb_build_array('carga-sintetica', lower(replace(t.appliance, ' ', '-'))), '[]', '[]',
       CASE WHEN n % 3 = 0 THEN 'PUBLIC' ELSE 'INTERNAL' END, 'pt-BR',
       'carga sintetica ' || lower(t.appliance), t.body, 3, now(), 'carga', now(), 'carga', now(), NULL, 0
FROM generate_series(1, 100000) AS n, vocabulary v,
LATERAL (
    SELECT v.appliances[1 + n % array_length(v.appliances, 1)] AS appliance,
           v.appliances[1 + n % array_length(v.appliances, 1)] || ' ' || v.brands[1 + (n / 7) % array_length(v.brands, 1)]
               || ' ' || v.symptoms[1 + (n / 3) % array_length(v.symptoms, 1)] || ' (linha ' || (n % 997) || ')' AS title,
           v.sentences[1 + n % 16] || ' ' || v.sentences[1 + (n / 5) % 16] || ' ' || v.sentences[1 + (n / 11) % 16]
               || ' ' || v.sentences[1 + (n / 13) % 16] || ' O cliente relata que o aparelho '
               || v.symptoms[1 + (n / 17) % array_length(v.symptoms, 1)] || '.' AS body
) AS t;

INSERT INTO search_word (word)
SELECT DISTINCT word
FROM article, regexp_split_to_table(folded(title || ' ' || body), '[^a-z0-9]+') AS word
WHERE tags @> '["carga-sintetica"]' AND length(word) >= 3
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE article;
ANALYZE search_word;
