package dev.peerdesk.question.boundary;

public record TagDto(String name, int questionCount, String description) {
}
