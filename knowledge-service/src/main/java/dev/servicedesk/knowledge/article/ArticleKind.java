package dev.servicedesk.knowledge.article;

/** What an article gives the agent to pass on to the customer (seed 003). */
public enum ArticleKind {
    /** Text to read to the customer, step by step. */
    CALL_SCRIPT,
    /** Names and numbers to read out. */
    PHONE_DIRECTORY,
    /** A web page (http or https) that answers the request. */
    EXTERNAL_LINK,
    /** Another article of the knowledge base. */
    ARTICLE_LINK,
    /** An answer or a procedure, as free text. */
    ANSWER
}
